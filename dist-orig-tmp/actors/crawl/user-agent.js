/** How the crawler identifies itself to websites. */
/** User agent of every request the crawler makes; its first token is the robots.txt product token. */
export const USER_AGENT = 'ProspectLabBot/0.1 (+https://github.com/prospectlab; B2B contact discovery)';
/** Product token matched against robots.txt `User-agent` lines. */
export const ROBOTS_USER_AGENT_TOKEN = 'ProspectLabBot';
//# sourceMappingURL=user-agent.js.map