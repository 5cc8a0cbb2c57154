# One image for all three services; docker-compose.yml picks the entry point of each.
# Build stage: node:22 has python3, make and g++ for better-sqlite3's native build. `npm run
# build` also builds the web app into web/dist, which the gateway serves.
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.base.json ./
COPY packages packages
COPY services services
COPY gateway gateway
COPY web web
COPY scripts scripts
COPY data/seeds data/seeds
RUN npm ci && npm run build && npm prune --omit=dev

FROM node:22-slim
ENV NODE_ENV=production APOLLO_TELEMETRY_DISABLED=1 LOG_FORMAT=json
WORKDIR /app
COPY --from=build /app /app
USER node
EXPOSE 4000 4001 4002
CMD ["node", "gateway/dist/main.js"]
