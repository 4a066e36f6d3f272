/**
 * The GraphQL documents the web client (client/) sends (SPEC §2 names). They live beside the
 * schema so the gateway's tests can check the documents actually sent against the query limits.
 */
const JOB_SUMMARY = `
  id kind status progress createdAt startedAt finishedAt error label
`;
export const JOB_SUMMARY_QUERY = `
  query JobSummary($id: ID!) {
    job(id: $id) { ${JOB_SUMMARY} duplicates site { url pagesVisited } }
  }
`;
export const JOB_COMPANIES_QUERY = `
  query JobCompanies($id: ID!) {
    job(id: $id) {
      id status
      companies {
        index name website finalUrl status error title description language
        sector category address country inputPhone pagesVisited httpStatus https responseTimeMs
        emails { address pageUrl context kind ownDomain personName freeWebmail disposable deliverability }
        people { name role seniority email emailGuess phone linkedinUrl confidence sources }
        emailPattern { pattern domain confidence examples }
        phones { number raw pageUrl }
        socialProfiles { network url }
        technologies { name categories version confidence }
        opportunity { level score reasons }
      }
    }
  }
`;
export const JOBS_QUERY = `
  query Jobs($first: Int, $after: String, $kind: JobKind, $status: JobStatus) {
    jobs(first: $first, after: $after, kind: $kind, status: $status) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ${JOB_SUMMARY} site { url } }
    }
  }
`;
export const START_ANALYSIS_MUTATION = `
  mutation StartAnalysis($input: StartAnalysisInput!) {
    startAnalysis(input: $input) { ${JOB_SUMMARY} }
  }
`;
export const START_SCRAPING_MUTATION = `
  mutation StartScraping($input: StartScrapingInput!) {
    startScraping(input: $input) { ${JOB_SUMMARY} }
  }
`;
export const CANCEL_JOB_MUTATION = `
  mutation CancelJob($id: ID!) {
    cancelJob(id: $id) { ${JOB_SUMMARY} }
  }
`;
export const ANALYSIS_EVENTS_SUBSCRIPTION = `
  subscription AnalysisEvents($jobId: ID!, $afterSeq: Int) {
    analysisEvents(jobId: $jobId, afterSeq: $afterSeq) {
      __typename jobId seq at
      ... on AnalysisStarted { total }
      ... on AnalysisProgress { current total percentage message company }
      ... on AnalysisItemFailed { company error }
      ... on AnalysisCompleted { total succeeded failed durationMs }
      ... on AnalysisFailed { error }
      ... on AnalysisCancelled { current total }
    }
  }
`;
export const SCRAPING_EVENTS_SUBSCRIPTION = `
  subscription ScrapingEvents($jobId: ID!, $afterSeq: Int) {
    scrapingEvents(jobId: $jobId, afterSeq: $afterSeq) {
      __typename jobId seq at
      ... on ScrapingStarted { url }
      ... on ScrapingProgress { visited emails elapsedSeconds currentUrl }
      ... on ScrapingEmailFound { email { address pageUrl context } }
      ... on ScrapingCompleted { visited emails elapsedSeconds }
      ... on ScrapingFailed { error }
      ... on ScrapingCancelled { visited emails }
    }
  }
`;
//# sourceMappingURL=web-client-operations.js.map