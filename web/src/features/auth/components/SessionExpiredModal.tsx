// Shown when the server stops accepting the session while the user is working. The page behind it
// stays mounted, so whatever the user typed is still there after logging in again; the new CSRF
// token is taken into use and the user can simply press save again.
import { useRef } from 'react';
import { Modal, ModalContent, ModalTitle, Paragraph } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session';
import { LoginForm } from './LoginForm';

export function SessionExpiredModal() {
  const { t } = useTranslation();
  const { expired, user, relogin } = useSession();
  const passwordRef = useRef<HTMLInputElement>(null);
  if (!expired || !user) return null;
  return (
    <Modal
      visible
      appElementId="root"
      ariaLabelledBy="relogin-title"
      className="relogin-modal"
      focusOnOpenRef={passwordRef}
    >
      <ModalContent>
        <ModalTitle id="relogin-title" variant="h2">
          {t('relogin.title')}
        </ModalTitle>
        <Paragraph mb="l">{t('relogin.text')}</Paragraph>
        <LoginForm
          idPrefix="relogin"
          initialUsername={user.username}
          submitLabel={t('relogin.submit')}
          onLogin={relogin}
          passwordRef={passwordRef}
        />
      </ModalContent>
    </Modal>
  );
}
