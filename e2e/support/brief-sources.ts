/**
 * The content brief's source table (/work/shared/content-brief/README.md, "Source list"), copied row for row: each of the
 * 69 original Microsoft files with the brief file it feeds. Kept apart from src/data/original-topics.ts on purpose:
 * that list drives the redirects and the build's own checks, so a mistake in it would otherwise hide behind itself.
 */
export const briefSources: readonly (readonly [brief: string, path: string])[] = [
  ['00', 'Lync/LyncServer/migration-from-lync-server-2010-to-lync-server-2013.md'],
  ['01', 'Lync/LyncServer/before-you-begin-the-migration.md'],
  ['01', 'Lync/LyncServer/migration-process.md'],
  ['01', 'Lync/LyncServer/migration-phases.md'],
  ['02', 'Lync/LyncServer/phase-1-plan-your-migration-from-lync-server-2010.md'],
  ['02', 'Lync/LyncServer/user-migration.md'],
  ['02', 'Lync/LyncServer/migrating-archiving-and-monitoring-servers.md'],
  ['02', 'Lync/LyncServer/migrating-group-chat-servers.md'],
  ['02', 'Lync/LyncServer/administering-servers-after-migration.md'],
  ['02', 'Lync/LyncServer/migrating-multiple-sites-and-pools.md'],
  ['02', 'Lync/LyncServer/migrating-xmpp-federation.md'],
  ['03', 'Lync/LyncServer/phase-2-prepare-for-migration.md'],
  ['03', 'Lync/LyncServer/apply-lync-server-2010-updates.md'],
  ['03', 'Lync/LyncServer/configure-dns-records-for-pilot-pool-deployment.md'],
  ['03', 'Lync/LyncServer/run-best-practices-analyzer.md'],
  ['03', 'Lync/LyncServer/back-up-systems-and-data.md'],
  ['03', 'Lync/LyncServer/configure-clients-for-migration.md'],
  ['03', 'Lync/LyncServer/verify-lync-server-2010-environment.md'],
  ['04', 'Lync/LyncServer/phase-3-deploy-lync-server-2013-pilot-pool.md'],
  ['04', 'Lync/LyncServer/prepare-active-directory-for-lync-server.md'],
  ['04', 'Lync/LyncServer/download-topology-from-existing-deployment.md'],
  ['04', 'Lync/LyncServer/deploy-lync-server-2013-pilot-pool.md'],
  ['04', 'Lync/LyncServer/verify-pilot-pool-coexistence-with-legacy-pool.md'],
  ['04', 'Lync/LyncServer/connect-pilot-pool-to-legacy-edge-servers.md'],
  ['04', 'Lync/LyncServer/configure-xmpp-gateway-access-policies-and-certificates.md'],
  ['05', 'Lync/LyncServer/phase-4-move-test-users-to-the-pilot-pool.md'],
  ['05', 'Lync/LyncServer/view-current-users-in-lync-server-2010-pool.md'],
  ['05', 'Lync/LyncServer/verify-user-replication-has-completed.md'],
  ['05', 'Lync/LyncServer/move-a-single-user-to-the-pilot-pool.md'],
  ['05', 'Lync/LyncServer/move-multiple-users-to-the-pilot-pool.md'],
  ['06', 'Lync/LyncServer/phase-5-add-lync-server-2013-edge-server-to-pilot-pool.md'],
  ['06', 'Lync/LyncServer/deploy-pilot-edge-server.md'],
  ['06', 'Lync/LyncServer/verify-configuration-settings.md'],
  ['07', 'Lync/LyncServer/phase-6-move-from-pilot-deployment-into-production.md'],
  ['07', 'Lync/LyncServer/configure-federation-routes-and-media-traffic.md'],
  ['07', 'Lync/LyncServer/verify-federation-and-remote-access-for-external-users.md'],
  ['07', 'Lync/LyncServer/change-simple-urls-after-migration.md'],
  ['07', 'Lync/LyncServer/move-remaining-users-to-lync-server-2013.md'],
  ['07', 'Lync/LyncServer/configure-xmpp-gateway-on-lync-server-2013.md'],
  ['08', 'Lync/LyncServer/phase-7-complete-post-migration-tasks.md'],
  ['08', 'Lync/LyncServer/migrate-existing-meetings-and-meeting-content.md'],
  ['08', 'Lync/LyncServer/migrate-dial-in-access-numbers.md'],
  ['08', 'Lync/LyncServer/migrate-call-park-application-settings.md'],
  ['08', 'Lync/LyncServer/migrate-response-groups.md'],
  ['08', 'Lync/LyncServer/migrate-address-book.md'],
  ['08', 'Lync/LyncServer/configure-the-meeting-join-page.md'],
  ['08', 'Lync/LyncServer/remove-legacy-archiving-and-monitoring-servers.md'],
  ['08', 'Lync/LyncServer/configure-trusted-application-servers.md'],
  ['08', 'Lync/LyncServer/deploy-lync-server-2013-clients.md'],
  ['08', 'Lync/LyncServer/connect-a-survivable-branch-appliance.md'],
  ['08', 'Lync/LyncServer/configure-scom-monitoring.md'],
  ['08', 'Lync/LyncServer/migrate-common-area-phones.md'],
  ['08', 'Lync/LyncServer/migrate-analog-devices.md'],
  ['09', 'Lync/LyncServer/phase-8-decommission-legacy-pools.md'],
  ['09', 'Lync/LyncServer/update-dns-srv-records.md'],
  ['09', 'Lync/LyncServer/move-the-lync-server-2010-central-management-server-to-lync-server-2013.md'],
  ['09', 'Lync/LyncServer/move-lync-server-2010-conference-directories-to-lync-server-2013.md'],
  ['09', 'Lync/LyncServer/remove-the-archiving-server-association.md'],
  ['09', 'Lync/LyncServer/remove-the-monitoring-server-association.md'],
  ['09', 'Lync/LyncServer/remove-the-enterprise-edition-front-end-server-or-standard-edition-front-end-server.md'],
  ['09', 'Lync/LyncServer/reset-call-admission-control.md'],
  ['09', 'Lync/LyncServer/prevent-sessions-for-services.md'],
  ['09', 'Lync/LyncServer/stop-lync-server-2010-services.md'],
  ['09', 'Lync/LyncServer/remove-a-front-end-server-from-a-pool.md'],
  ['09', 'Lync/LyncServer/remove-front-end-pool-or-standard-edition-server.md'],
  ['09', 'Lync/LyncServer/remove-sql-server-instances-and-databases-on-the-back-end-server.md'],
  ['09', 'Lync/LyncServer/remove-the-sql-server-database-for-a-front-end-pool.md'],
  ['09', 'Lync/LyncServer/remove-the-sql-server-database-for-a-monitoring-server.md'],
  ['09', 'Lync/LyncServer/remove-the-sql-server-database-for-an-archiving-server.md'],
];

/** Brief file number → the guide page written from it (the brief's "Files" table). */
export const briefPages: Readonly<Record<string, string>> = {
  '00': 'migration-from-lync-server-2010-to-lync-server-2013',
  '01': 'before-you-begin-the-migration',
  '02': 'phase-1-plan-your-migration-from-lync-server-2010',
  '03': 'phase-2-prepare-for-migration',
  '04': 'phase-3-deploy-lync-server-2013-pilot-pool',
  '05': 'phase-4-move-test-users-to-the-pilot-pool',
  '06': 'phase-5-add-lync-server-2013-edge-server-to-pilot-pool',
  '07': 'phase-6-move-from-pilot-deployment-into-production',
  '08': 'phase-7-complete-post-migration-tasks',
  '09': 'phase-8-decommission-legacy-pools',
};

/**
 * Where each source file should now live: its page, and the section id, which is the file name (the original URL
 * slug); a file named like its page is the page itself and has no section.
 */
export function expectedHomes(): { slug: string; page: string; anchor: string | undefined }[] {
  return briefSources.map(([brief, path]) => {
    const slug = path.replace(/^.*\//, '').replace(/\.md$/, '');
    const page = briefPages[brief];
    if (!page) throw new Error(`Brief file \`${brief}\` in e2e/support/brief-sources.ts has no page in briefPages; add it.`);
    return { slug, page, anchor: slug === page ? undefined : slug };
  });
}
