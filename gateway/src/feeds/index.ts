import { AllianceError, GraphQLResponseError, NetworkError } from '@alliance/client';
import type { Logger } from '@alliance/core';
import type { Express, Request, RequestHandler, Response } from 'express';
import { publicApi } from './api.js';
import { answeredNotModified, etagOf, newest } from './caching.js';
import { CHANGES_RENDERING, LAST_PAGE, loadChanges, renderChanges } from './changes-feed.js';
import { originOf, urlWith } from './links.js';
import { FeedRequestError, readOrganization, readPage } from './params.js';
import { CALENDAR_RENDERING, loadCalendar, renderCalendar } from './reviews-calendar.js';

/**
 * The feeds partner tools subscribe to (docs/partners.md): GET /feeds/reviews.ics and
 * GET /feeds/changes.atom, views of the public API with HTTP caching. Mounted before the web
 * app, which would otherwise answer every path with its index.html.
 */
export function mountFeeds(app: Express, logger: Logger): void {
  app.get('/feeds/reviews.ics', feedRoute(logger, reviewsCalendar));
  app.get('/feeds/changes.atom', feedRoute(logger, changesFeed));
}

/** What a feed answers a request with: validators computed from the data, and the body rendered on demand. */
interface Answer {
  etag: string;
  lastModified: Date | undefined;
  contentType: string;
  render: () => string;
}

type FeedHandler = (req: Request) => Promise<Answer>;

async function reviewsCalendar(req: Request): Promise<Answer> {
  const organization = readOrganization(req.query);
  const origin = originOf(req);
  const registers = await loadCalendar(publicApi(req), organization);
  return {
    etag: etagOf('reviews.ics', CALENDAR_RENDERING, origin, organization, registers),
    lastModified: newest(registers.map((register) => register.updatedAt)),
    contentType: 'text/calendar; charset=utf-8',
    render: () =>
      renderCalendar(registers, {
        origin,
        organization,
        selfUrl: urlWith(origin, '/feeds/reviews.ics', { organization }),
      }),
  };
}

async function changesFeed(req: Request): Promise<Answer> {
  const organization = readOrganization(req.query);
  const page = readPage(req.query, LAST_PAGE);
  const origin = originOf(req);
  const data = await loadChanges(publicApi(req), organization, page);
  return {
    etag: etagOf('changes.atom', CHANGES_RENDERING, origin, organization, page, data),
    lastModified: data.updated ? new Date(data.updated) : undefined,
    contentType: 'application/atom+xml; charset=utf-8',
    render: () => renderChanges(data, { origin, organization, page }),
  };
}

function feedRoute(logger: Logger, handler: FeedHandler): RequestHandler {
  return async (req, res) => {
    try {
      const answer = await handler(req);
      if (answeredNotModified(req, res, answer)) return;
      res.type(answer.contentType).set('X-Content-Type-Options', 'nosniff').send(answer.render());
    } catch (error) {
      refuse(res, asFeedError(error, logger));
    }
  };
}

/**
 * The API's refusals as the feed's: a BAD_USER_INPUT on the organization filter (an unknown
 * acronym) is the caller's `organization` parameter; an API that cannot answer is a 503.
 */
function asFeedError(error: unknown, logger: Logger): FeedRequestError {
  if (error instanceof FeedRequestError) return error;
  if (error instanceof GraphQLResponseError && error.code === 'BAD_USER_INPUT') {
    const parameter = error.field?.startsWith('filter.anyParty') ? 'organization' : error.field;
    return new FeedRequestError(400, error.errors[0]!.message, parameter);
  }
  if (error instanceof NetworkError || (error instanceof AllianceError && error.hasCode('SERVICE_UNAVAILABLE'))) {
    logger.warn({ err: error }, 'a feed could not read the API');
    return new FeedRequestError(503, 'The registry cannot answer right now; try again later.');
  }
  logger.error({ err: error }, 'a feed failed');
  return new FeedRequestError(500, 'The feed could not be built; the gateway log has the details.');
}

function refuse(res: Response, error: FeedRequestError): void {
  res
    .status(error.status)
    .set('Cache-Control', 'no-store')
    .json({ error: error.message, ...(error.parameter ? { parameter: error.parameter } : {}) });
}
