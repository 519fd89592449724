import fs from 'node:fs';
import path from 'node:path';
import type express from 'express';
import { projectRoot } from '../../platform/config';

/**
 * The GraphQL IDE in the browser: GraphiQL with all its code inlined (no CDN), so it works with no
 * internet access, preloaded with the example operations. Served outside production only.
 */
export function mountIde(app: express.Express, graphqlPath: string) {
  let page: string | undefined;
  // Loaded when first asked for: GraphiQL's inlined code is megabytes that a hub nobody opens the IDE of need not
  // load at start (in time or memory).
  const render = () =>
    (page ??= (require('@graphql-yoga/render-graphiql') as typeof import('@graphql-yoga/render-graphiql')).renderGraphiQL({
      title: 'Mikromeriter hub',
      endpoint: graphqlPath,
      defaultQuery: fs.readFileSync(path.join(projectRoot(), 'gateway', 'ide', 'example-operations.graphql'), 'utf8'),
    } as Parameters<typeof import('@graphql-yoga/render-graphiql').renderGraphiQL>[0]));
  app.get(['/', '/ide'], (_request, response) => {
    response.type('html').send(render());
  });
}
