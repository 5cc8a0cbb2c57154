import type { ComponentChildren } from 'preact';
import { failureMessage, type GraphQLErrorInfo } from '../api/client';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p class="loading" role="status" aria-live="polite">
      {label}
    </p>
  );
}

export function ErrorNotice({ error, retry }: { error: { message: string }; retry?: () => void }) {
  return (
    <div class="notice error" role="alert">
      <p>{failureMessage(error)}</p>
      {retry && (
        <button type="button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

const PART: Record<string, string> = {
  contacts: 'points of contact and contact findings',
  registry: 'registers and organizations',
};

const servicesOf = (errors: readonly GraphQLErrorInfo[]) => [
  ...new Set(errors.map((e) => e.extensions?.service).filter((s): s is string => Boolean(s))),
];

/**
 * An answer that arrived in part: names the service that is missing and what it would have
 * shown, so the reader knows the rest is complete.
 */
export function PartialNotice({ errors }: { errors: readonly GraphQLErrorInfo[] }) {
  if (!errors.length) return null;
  const services = servicesOf(errors);
  const messages = services.length
    ? services.map(
        (service) =>
          `The ${service} service is unavailable: ${PART[service] ?? 'some fields'} are missing below. The rest is complete.`,
      )
    : [...new Set(errors.map((e) => e.message))];
  return (
    <div class="notice warning" role="status">
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}

/** The data a page is about did not arrive: which service failed (or why), and a retry. */
export function Unavailable({ errors, retry }: { errors: readonly GraphQLErrorInfo[]; retry?: () => void }) {
  const services = servicesOf(errors);
  const message = services.length
    ? `The ${services.join(' and ')} service is unavailable, so this page cannot be shown. Try again shortly.`
    : (errors[0]?.message ?? 'The registry did not answer.');
  return <ErrorNotice error={{ message }} retry={retry} />;
}

export function Section({ title, id, children }: { title: string; id?: string; children: ComponentChildren }) {
  const headingId = id ? `${id}-heading` : undefined;
  return (
    <section id={id} aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}
