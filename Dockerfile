# syntax=docker/dockerfile:1
# One image for every Sluice process, chosen by its command:
#   docker run … sluice write-gateway     the write gateway and the relay (WRITE_PORT, 4001)
#   docker run … sluice read-gateway      the read gateway and the projector (READ_PORT, 4002)
#   docker run … sluice web               the dashboard alone (WEB_PORT, 4000)
#   docker run … sluice system            everything in one process, embedded on PGlite in /data
#   docker run … sluice sluice status     the operator's CLI (`sluice migrate`, `sluice token …`)
# docker-compose.yml builds and runs it; see README, "Running with Docker".
#
# TypeScript runs through tsx, as in development (a production dependency): no separate build of
# the server, at the cost of esbuild in the image and a transform of each file at start.

# The project's Node line: keep it with .nvmrc and package.json's engines (a test checks).
ARG NODE_VERSION=22.23.3

FROM node:${NODE_VERSION}-bookworm-slim AS manifests
WORKDIR /app
# Only what npm ci reads, so the install layers are rebuilt only when dependencies change.
COPY package.json package-lock.json ./
COPY apps/cli/package.json apps/cli/
COPY apps/client-conformance/package.json apps/client-conformance/
COPY apps/read-gateway/package.json apps/read-gateway/
COPY apps/system/package.json apps/system/
COPY apps/web/package.json apps/web/
COPY apps/write-gateway/package.json apps/write-gateway/
COPY libs/auth/package.json libs/auth/
COPY libs/domain/package.json libs/domain/
COPY libs/event-store/package.json libs/event-store/
COPY libs/gateway/package.json libs/gateway/
COPY libs/infrastructure/package.json libs/infrastructure/
COPY libs/messaging/package.json libs/messaging/
COPY libs/projections/package.json libs/projections/
COPY libs/testing/package.json libs/testing/
COPY libs/tracing/package.json libs/tracing/

# Everything, dev tools included, to build the dashboard.
FROM manifests AS build
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build -w @sluice/web

# The dependencies of the processes the image runs, and nothing for development or the browser.
FROM manifests AS production-dependencies
RUN npm ci --omit=dev --no-audit --no-fund --include-workspace-root \
      -w @sluice/write-gateway -w @sluice/read-gateway -w @sluice/system -w @sluice/cli \
  && npm cache clean --force
COPY . .

FROM node:${NODE_VERSION}-bookworm-slim
ENV NODE_ENV=production \
    SLUICE_DATA_DIR=/data
WORKDIR /app
# Code and dependencies stay root's and read-only to the process; it writes only to /data
# (embedded PGlite and its dev signing secret) and to tsx's cache in /tmp.
COPY --from=production-dependencies /app /app
COPY --from=build /app/apps/web/dist /app/apps/web/dist
RUN mkdir /data && chown node:node /data
VOLUME /data
USER node
EXPOSE 4000 4001 4002
# Ready (GET /readiness) on whichever of the ports this container serves; see deploy/healthcheck.mjs.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "deploy/healthcheck.mjs"]
ENTRYPOINT ["deploy/entrypoint.sh"]
CMD ["system"]
