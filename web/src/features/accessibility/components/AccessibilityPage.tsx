// Saavutettavuusseloste — the accessibility statement required by the Act on the Provision of
// Digital Services (306/2019) §§ 15–16: compliance status, known shortcomings, how the statement
// was made and when, the feedback channel and the supervisory authority. Reachable without login.
import { ExternalLink, Heading, Paragraph } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { FeedbackForm } from './FeedbackForm';

const LIMITATIONS = ['screenReaders', 'serverMessages', 'tables', 'sessionTimeout'] as const;

export function AccessibilityPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('a11y.title')}>
      <div className="prose">
        <Paragraph mb="m">{t('a11y.intro')}</Paragraph>

        <Heading variant="h2" mb="s" mt="l">
          {t('a11y.status.heading')}
        </Heading>
        <Paragraph mb="m">{t('a11y.status.text')}</Paragraph>

        <Heading variant="h2" mb="s" mt="l">
          {t('a11y.limitations.heading')}
        </Heading>
        <Paragraph mb="s">{t('a11y.limitations.intro')}</Paragraph>
        <ul className="bullets">
          {LIMITATIONS.map((k) => (
            <li key={k}>{t(`a11y.limitations.${k}`)}</li>
          ))}
        </ul>

        <Heading variant="h2" mb="s" mt="l">
          {t('a11y.prepared.heading')}
        </Heading>
        <Paragraph mb="s">{t('a11y.prepared.date')}</Paragraph>
        <Paragraph mb="m">{t('a11y.prepared.method')}</Paragraph>

        <Heading variant="h2" mb="s" mt="l" id="feedback-heading">
          {t('a11y.feedback.heading')}
        </Heading>
        <Paragraph mb="m">{t('a11y.feedback.intro')}</Paragraph>
        <FeedbackForm />

        <Heading variant="h2" mb="s" mt="xl">
          {t('a11y.supervision.heading')}
        </Heading>
        <Paragraph mb="s">{t('a11y.supervision.text')}</Paragraph>
        <Paragraph mb="s">{t('a11y.supervision.authority')}</Paragraph>
        <Paragraph mb="m">
          <ExternalLink href="https://www.saavutettavuusvaatimukset.fi" toNewWindow labelNewWindow={t('common.newWindow')}>
            {t('a11y.supervision.link')}
          </ExternalLink>
        </Paragraph>
      </div>
    </Page>
  );
}
