// The code lists of the client's path, exactly as the server accepts them
// (server/src/domain/client_path.cpp). Their texts live in the i18n files under `codes.<list>.<code>`.
export const REFERRAL_SOURCES = ['self', 'relative', 'te_services', 'typ', 'health_care', 'mental_health_substance', 'kela', 'education', 'ngo', 'other'] as const;
export const LIFE_AREAS = ['everyday_management', 'social_relationships', 'housing', 'finances', 'health_substance_use', 'education', 'work'] as const;
export const NEED_LEVELS = ['none', 'some', 'considerable', 'great'] as const;
export const SERVICE_FORMS = ['individual', 'group'] as const;
export const MEETING_MODES = ['office', 'home_visit', 'accompaniment', 'video', 'phone', 'message'] as const;
export const MEETING_CONTENTS = ['motivating_conversation', 'doing_together', 'household_tasks', 'social_situations', 'errands', 'future_planning', 'network_meeting', 'other'] as const;
export const STATUTORY_ITEMS = ['assessment', 'counselling', 'coaching', 'group_activity', 'other', 'youth_support'] as const;
export const PERIOD_PHASES = ['start', 'working', 'closing'] as const;
export const CLIENT_PHASES = ['referral', 'assessment', 'decision', 'decided', 'start', 'working', 'closing', 'ended'] as const;
export const CONTINUATION_PATHS = ['social_work', 'social_counselling', 'rehabilitative_work_activity', 'vocational_rehabilitation', 'studies', 'work', 'workshop', 'other_service', 'none'] as const;
export const INTERRUPTION_REASONS = ['could_not_be_reached', 'client_declined', 'moved_away', 'other_service', 'health', 'other'] as const;
export const ORGANISATION_TYPES = ['te_services', 'typ', 'kela', 'health_care', 'mental_health', 'substance_services', 'debt_counselling', 'education', 'workshop', 'parish', 'ngo', 'relative', 'other'] as const;
export const TIMELINE_TYPES = ['referral', 'assessment', 'decision', 'period', 'extension', 'goal', 'goal_review', 'meeting', 'network', 'consent', 'final_evaluation'] as const;
export const GAS_LEVELS = ['-2', '-1', '0', '1', '2'] as const;
export type GasLevel = (typeof GAS_LEVELS)[number];

/** Every code list with its i18n namespace, for the translation test. */
export const CODE_LISTS: Record<string, readonly string[]> = {
  referralSource: REFERRAL_SOURCES,
  lifeArea: LIFE_AREAS,
  needLevel: NEED_LEVELS,
  serviceForm: SERVICE_FORMS,
  meetingMode: MEETING_MODES,
  meetingContent: MEETING_CONTENTS,
  statutoryItem: STATUTORY_ITEMS,
  phase: CLIENT_PHASES,
  continuation: CONTINUATION_PATHS,
  interruption: INTERRUPTION_REASONS,
  organisationType: ORGANISATION_TYPES,
  timelineType: TIMELINE_TYPES,
  gas: GAS_LEVELS,
};
