import { REVIEW_STATUS, severityLabel, statusLabel } from '../lib/labels';
import { formatPartialDate } from '../lib/dates';

/** Badges carry their meaning in words, not only colour. */

export function StatusBadge({ status }: { status: string }) {
  return <span class={`badge status-${status.toLowerCase()}`}>{statusLabel(status)}</span>;
}

export function SeverityBadge({ severity }: { severity: string }) {
  return <span class={`badge severity-${severity.toLowerCase()}`}>{severityLabel(severity)}</span>;
}

export function ReviewDue({
  review,
}: {
  review: { dueBy: string | null; dueOn: string | null; status: string } | null;
}) {
  if (!review?.dueBy) return <span class="muted">{REVIEW_STATUS.NOT_SET}</span>;
  return (
    <span>
      <time dateTime={review.dueOn ?? undefined} title={review.dueOn ? `falls due on ${review.dueOn}` : undefined}>
        {formatPartialDate(review.dueBy)}
      </time>{' '}
      <span class={`badge review-${review.status.toLowerCase()}`}>{REVIEW_STATUS[review.status] ?? review.status}</span>
    </span>
  );
}
