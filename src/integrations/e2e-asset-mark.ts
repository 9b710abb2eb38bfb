import type { AstroIntegration } from 'astro';

/**
 * Test-only: stamps a build's stylesheet and page script with `mark`, so that two builds of the same content
 * differ in their hashed assets as well as their HTML. The offline update test (e2e/offline-update.spec.ts)
 * publishes such a second build and can then tell, for every page, whether its CSS and script came from the old
 * build or the new one: `--lr-asset-mark` on the root element and `data-asset-mark` set by the page script.
 * Set only by scripts/build-test-sites.mjs through `E2E_ASSET_MARK`; without it the build is untouched.
 *
 * @example e2eAssetMark('next') // tokens.css gains `:root { --lr-asset-mark: next; }`, page.ts sets html[data-asset-mark="next"]
 */
export default function e2eAssetMarkIntegration(mark: string | undefined): AstroIntegration {
  return {
    name: 'lync-e2e-asset-mark',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        if (!mark) return;
        if (!/^[a-z][a-z0-9-]*$/.test(mark)) {
          throw new Error(`E2E_ASSET_MARK: found \`${mark}\`, expected a lower-case word such as \`next\` (it becomes a CSS identifier). Hint: see scripts/build-test-sites.mjs.`);
        }
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'lync-e2e-asset-mark',
                // Before Vite's own CSS and TypeScript handling, so the source gets the addition like any other line.
                enforce: 'pre',
                transform(code: string, id: string) {
                  const file = id.split('?')[0]!;
                  if (file.endsWith('/src/styles/tokens.css')) return `${code}\n:root { --lr-asset-mark: ${mark}; }\n`;
                  if (file.endsWith('/src/scripts/page.ts')) return `${code}\ndocument.documentElement.dataset['assetMark'] = ${JSON.stringify(mark)};\n`;
                  return undefined;
                },
              },
            ],
          },
        });
      },
    },
  };
}
