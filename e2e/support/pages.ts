/** Every guide URL the original guide had, in reading order: the site promises each of them. */
export const guidePages = [
  { path: '', title: 'Migration from Lync Server 2010 to Lync Server 2013' },
  { path: 'before-you-begin-the-migration/', title: 'Before you begin the migration' },
  { path: 'phase-1-plan-your-migration-from-lync-server-2010/', phase: 1 },
  { path: 'phase-2-prepare-for-migration/', phase: 2 },
  { path: 'phase-3-deploy-lync-server-2013-pilot-pool/', phase: 3 },
  { path: 'phase-4-move-test-users-to-the-pilot-pool/', phase: 4 },
  { path: 'phase-5-add-lync-server-2013-edge-server-to-pilot-pool/', phase: 5 },
  { path: 'phase-6-move-from-pilot-deployment-into-production/', phase: 6 },
  { path: 'phase-7-complete-post-migration-tasks/', phase: 7 },
  { path: 'phase-8-decommission-legacy-pools/', phase: 8 },
] as const;

/** Pages outside the reading order that are still part of the site. */
export const otherPages = ['glossary/'] as const;

export const allPages = [...guidePages.map((p) => p.path), ...otherPages];

/** The printable binders: the whole guide and one per phase. The hosted site saves them for offline use too. */
export const binderPages = ['binder/', ...guidePages.flatMap((p) => ('phase' in p ? [`binder/phase-${p.phase}/`] : []))];
