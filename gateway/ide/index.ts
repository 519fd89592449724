import fs from 'node:fs';
import path from 'node:path';
import type express from 'express';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { projectRoot } from '../../platform/config';

/**
 * The GraphQL IDE in the browser: GraphiQL with all its code inlined (no CDN), so it works with no
 * internet access, preloaded with the example operations. Served outside production only.
 */
export function mountIde(app: express.Express, graphqlPath: string) {
  let page: string | undefined;
  const render = () =>
    (page ??= renderGraphiQL({
      title: 'Mikromeriter hub',
      endpoint: graphqlPath,
      defaultQuery: fs.readFileSync(path.join(projectRoot(), 'gateway', 'ide', 'example-operations.graphql'), 'utf8'),
    } as Parameters<typeof renderGraphiQL>[0]));
  app.get(['/', '/ide'], (_request, response) => {
    response.type('html').send(render());
  });
}
