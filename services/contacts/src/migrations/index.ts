import { Initial1764000000001 } from './1764000000001-initial.js';
import { ContactHistory1764300000001 } from './1764300000001-contact-history.js';
import { EventOutbox1764600000001 } from './1764600000001-event-outbox.js';

/** Every migration, oldest first. */
export const migrations = [Initial1764000000001, ContactHistory1764300000001, EventOutbox1764600000001];
