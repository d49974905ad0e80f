// Why personal data is read (PIPL purpose limitation): the fixed list callers choose from in x-purpose.

export const PURPOSES = {
  CASE_REVIEW: '个案审核: handling an application or a case',
  ELIGIBILITY_VERIFICATION: '家庭经济状况核对: verifying a household with its authorization',
  PROACTIVE_DISCOVERY: '主动发现: finding people who may need assistance',
  STATISTICS: '统计分析: aggregate analysis',
  AUDIT: '审计: reviewing access to personal data',
  CONTRACT_CHECK: 'automated check of the consumers\' saved operations',
} as const;

export type Purpose = keyof typeof PURPOSES;

export const isPurpose = (value: string | undefined): value is Purpose => value !== undefined && value in PURPOSES;
