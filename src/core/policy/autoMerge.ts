// The auto-merge settings, apart from the policy file's reader so reading the settings does not load it.

/** How an approved bump merges on its own: not at all, or with one of GitHub's merge methods. */
export const AUTO_MERGE = ['off', 'merge', 'squash', 'rebase'] as const;
export type AutoMerge = (typeof AUTO_MERGE)[number];
