import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Contact as ContactRow, ContactRevision as ContactRevisionRow, PointOfContact as PointOfContactRow, PointOfContactSnapshot as PointOfContactSnapshotRow } from '../entities/index.js';
import type { VisibleSnapshot as VisibleSnapshotRow } from '../privacy.js';
import type { ContactFinding as ContactFindingRow } from '../domain/findings.js';
import type { OrganizationRef as OrganizationRefRow, WorkRegisterRef as WorkRegisterRefRow } from '../resolvers/refs.js';
import type { ResolvedConnection as ResolvedConnectionRow } from '@alliance/core';
import type { AppearancePage as AppearancePageRow } from '../resolvers/contact.js';
import type { ContactsContext } from '../loaders.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant, ISO 8601 with offset: 2026-11-24T09:30:00.000Z. */
  DateTime: { input: string; output: string; }
  /** A JSON value: string, number, boolean, list or object. */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Who made a change: the token's subject and display name. */
export type Author = {
  __typename?: 'Author';
  name?: Maybe<Scalars['String']['output']>;
  subject: Scalars['String']['output'];
};

export type CacheControlScope =
  | 'PRIVATE'
  | 'PUBLIC';

export type ChangeKind =
  | 'ADDED'
  | 'CHANGED'
  | 'REMOVED';

/** A person or a group mailbox; one record per email address across all registers. */
export type Contact = {
  __typename?: 'Contact';
  /** The contact as it was at one revision; null when there is no such revision. */
  atRevision?: Maybe<ContactRevision>;
  /**
   * What differs between two revisions, field by field (`to` defaults to the current revision).
   * A person's address shows only to callers who may see it. Cached per caller.
   */
  changes: Array<FieldChange>;
  createdAt: Scalars['DateTime']['output'];
  /**
   * A person's address is personal data: null unless the caller's token carries a role (member,
   * editor or admin). A mailing list's address is public. Cached per caller (scope PRIVATE).
   */
  email?: Maybe<Scalars['String']['output']>;
  /** Every revision, newest first. */
  history: ContactRevisionConnection;
  id: Scalars['ID']['output'];
  kind: ContactKind;
  name: Scalars['String']['output'];
  /** The organization the contact belongs to. */
  organization?: Maybe<Organization>;
  /** Increases by one with every change; pass it as updateContact's expectedRevision. */
  revision: Scalars['Int']['output'];
  /** The person's title, as first recorded. */
  title?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Every register the contact is a point of contact of, with the role on each, in the order they were recorded. */
  workRegisters: ContactWorkRegisterConnection;
};


/** A person or a group mailbox; one record per email address across all registers. */
export type ContactAtRevisionArgs = {
  revision: Scalars['Int']['input'];
};


/** A person or a group mailbox; one record per email address across all registers. */
export type ContactChangesArgs = {
  from: Scalars['Int']['input'];
  to?: InputMaybe<Scalars['Int']['input']>;
};


/** A person or a group mailbox; one record per email address across all registers. */
export type ContactHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A person or a group mailbox; one record per email address across all registers. */
export type ContactWorkRegistersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type ContactConnection = {
  __typename?: 'ContactConnection';
  edges: Array<ContactEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ContactEdge = {
  __typename?: 'ContactEdge';
  cursor: Scalars['String']['output'];
  node: Contact;
};

export type ContactFilter = {
  kind?: InputMaybe<ContactKind>;
  /** Contacts of this organization (an Organization id). */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Text found in the name, title or email, case-insensitively. For callers without a role only
   * mailing lists' addresses are searched, so a search cannot confirm a person's address.
   */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Something about contacts that looks wrong; nothing is corrected. */
export type ContactFinding = {
  __typename?: 'ContactFinding';
  code: Scalars['String']['output'];
  contact?: Maybe<Contact>;
  /** Addresses in it are hidden from anonymous readers; cached per caller. */
  message: Scalars['String']['output'];
  organization?: Maybe<Organization>;
  severity: FindingSeverity;
  workRegister?: Maybe<WorkRegister>;
};

/** A contact to create. */
export type ContactInput = {
  email: Scalars['String']['input'];
  kind?: InputMaybe<ContactKind>;
  name: Scalars['String']['input'];
  /** The organization it belongs to, by acronym (MEF). Without one, only an admin may create it. */
  organization?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type ContactKind =
  /** A group mailbox, such as DMTF / MEF Alliance Contacts. */
  | 'MAILING_LIST'
  | 'PERSON';

/**
 * Fields to change; those left out stay. title: null clears the title; organization: null
 * detaches the contact from its organization (admins only).
 */
export type ContactPatch = {
  email?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<ContactKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Moves the contact to this organization (an acronym). */
  organization?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** One change of a contact, kept as it was made: never rewritten, kept after a merge deletes the contact. */
export type ContactRevision = {
  __typename?: 'ContactRevision';
  author: Author;
  /** What this revision changed against the one before it (everything, for the first). Cached per caller. */
  changes: Array<FieldChange>;
  /** The contact as it was after the change. */
  contact: ContactSnapshot;
  createdAt: Scalars['DateTime']['output'];
  revision: Scalars['Int']['output'];
  /** One line: Changed name and title. Addresses in it are hidden from anonymous readers. */
  summary: Scalars['String']['output'];
};

export type ContactRevisionConnection = {
  __typename?: 'ContactRevisionConnection';
  edges: Array<ContactRevisionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ContactRevisionEdge = {
  __typename?: 'ContactRevisionEdge';
  cursor: Scalars['String']['output'];
  node: ContactRevision;
};

/**
 * A contact as a revision recorded it. Field names are the paths Contact.changes reports
 * (pointsOfContact[1].role).
 */
export type ContactSnapshot = {
  __typename?: 'ContactSnapshot';
  /** As Contact.email: a person's address only for callers with a role. */
  email?: Maybe<Scalars['String']['output']>;
  kind: ContactKind;
  name: Scalars['String']['output'];
  organization?: Maybe<Organization>;
  organizationId?: Maybe<Scalars['ID']['output']>;
  /** Ordered by register, then organization, then role. */
  pointsOfContact: Array<PointOfContactSnapshot>;
  title?: Maybe<Scalars['String']['output']>;
};

export type ContactWorkRegisterConnection = {
  __typename?: 'ContactWorkRegisterConnection';
  edges: Array<ContactWorkRegisterEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A register a contact appears in, with the contact's role there. */
export type ContactWorkRegisterEdge = {
  __typename?: 'ContactWorkRegisterEdge';
  cursor: Scalars['String']['output'];
  node: WorkRegister;
  organization: Organization;
  role?: Maybe<Scalars['String']['output']>;
};

export type EmailDomain = {
  __typename?: 'EmailDomain';
  domain: Scalars['String']['output'];
};

/** One field that differs between two revisions. */
export type FieldChange = {
  __typename?: 'FieldChange';
  after?: Maybe<Scalars['JSON']['output']>;
  before?: Maybe<Scalars['JSON']['output']>;
  kind: ChangeKind;
  /** Where: milestones[2].status, email. */
  path: Scalars['String']['output'];
};

export type FindingSeverity =
  | 'ERROR'
  | 'INFO'
  | 'WARNING';

export type ImportPointsOfContactPayload = {
  __typename?: 'ImportPointsOfContactPayload';
  /** False when the register already had exactly these points of contact. */
  changed: Scalars['Boolean']['output'];
  pointsOfContact: Array<PointOfContact>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Lists a contact for `organization` (an acronym, a party of the register; a unit's party counts
   * for its organization) in a register, at the end. Needs editor of that organization.
   */
  addPointOfContact: PointOfContact;
  /**
   * Creates a contact (revision 1). Needs editor of its organization (admin for a contact of no
   * organization). An email that already belongs to a contact is refused, naming that contact.
   */
  createContact: Contact;
  /**
   * Sets the points of contact of a register, as a register document lists them. Contacts are
   * matched by email (one record per address across all registers) and created when new.
   * Importing the same list twice changes nothing. Needs editor of every organization whose side
   * of the list changes (and of one party on the list even when nothing changes).
   */
  importPointsOfContact: ImportPointsOfContactPayload;
  /**
   * Gives the points of contact of `merge` to `keep` (dropping those `keep` already has for the
   * same register and organization), deletes `merge` (its history stays) and records a revision
   * of `keep`. Needs editor of both contacts' organizations.
   */
  mergeContacts: Contact;
  /** Removes a point of contact; returns it as it was. Needs editor of the organization it is listed for. */
  removePointOfContact: PointOfContact;
  /**
   * Changes the fields given, as a new revision, if the contact is still at expectedRevision;
   * otherwise CONFLICT (extensions.currentRevision) and nothing changes. Needs editor of the
   * contact's organization, and of the new one when it moves.
   */
  updateContact: Contact;
};


export type MutationAddPointOfContactArgs = {
  contactId: Scalars['ID']['input'];
  organization: Scalars['String']['input'];
  role?: InputMaybe<Scalars['String']['input']>;
  workRegisterId: Scalars['ID']['input'];
};


export type MutationCreateContactArgs = {
  input: ContactInput;
};


export type MutationImportPointsOfContactArgs = {
  contacts: Array<PointOfContactImportInput>;
  workRegisterId: Scalars['ID']['input'];
};


export type MutationMergeContactsArgs = {
  keep: Scalars['ID']['input'];
  merge: Scalars['ID']['input'];
};


export type MutationRemovePointOfContactArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateContactArgs = {
  expectedRevision: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: ContactPatch;
};

export type Organization = {
  __typename?: 'Organization';
  /** Owned by the registry; the gateway fetches them for contactFindings. */
  acronym: Scalars['String']['output'];
  /**
   * What looks wrong in this organization's contacts, checked against the domains the registry
   * knows for it: an address a typo away from one of them (EMAIL_DOMAIN_MISMATCH, naming the
   * closest), and one person listed under two addresses (SAME_PERSON_TWO_EMAILS).
   */
  contactFindings: Array<ContactFinding>;
  /** Contacts belonging to this organization, ordered by name. Null only when the contacts service cannot answer. */
  contacts?: Maybe<ContactConnection>;
  emailDomains: Array<EmailDomain>;
  id: Scalars['ID']['output'];
};


export type OrganizationContactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ContactFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Relay page information (shared by both subgraphs). */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A register's party, as far as this subgraph needs it. */
export type Party = {
  __typename?: 'Party';
  organization: Organization;
};

/** A contact named for one organization in one register. */
export type PointOfContact = {
  __typename?: 'PointOfContact';
  contact: Contact;
  id: Scalars['ID']['output'];
  organization: Organization;
  /** The role as the register writes it: President MEF. */
  role?: Maybe<Scalars['String']['output']>;
  workRegister: WorkRegister;
};

export type PointOfContactImportInput = {
  email: Scalars['String']['input'];
  kind?: InputMaybe<ContactKind>;
  name: Scalars['String']['input'];
  /** The organization the contact is listed under (an Organization id from the registry). */
  organizationId: Scalars['ID']['input'];
  /** Title or role as written; becomes the role on this register. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A point of contact as a revision recorded it. */
export type PointOfContactSnapshot = {
  __typename?: 'PointOfContactSnapshot';
  organization?: Maybe<Organization>;
  organizationId: Scalars['ID']['output'];
  role?: Maybe<Scalars['String']['output']>;
  /** Null when the register no longer exists. */
  workRegister?: Maybe<WorkRegister>;
  workRegisterId: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * One contact, by id or by email (exactly one of the two; emails match case-insensitively).
   * For callers without a role (anonymous), an email finds only mailing lists: a person's address
   * answers NOT_FOUND, exactly like an unknown one.
   */
  contact?: Maybe<Contact>;
  /**
   * Contacts matching the filter (all without one), ordered by name. Pages of at most 100. For an
   * organization by acronym, ask organization(acronym:) { contacts(filter:) } through the gateway.
   */
  contacts: ContactConnection;
};


export type QueryContactArgs = {
  email?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryContactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ContactFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type WorkRegister = {
  __typename?: 'WorkRegister';
  /** Parties of the register that have no point of contact in it (ONE_SIDED_CONTACTS). */
  contactFindings: Array<ContactFinding>;
  id: Scalars['ID']['output'];
  /** Owned by the registry; the gateway fetches it for contactFindings. */
  parties: Array<Party>;
  /**
   * The register's points of contact, in document order. Null (with an error) only when the
   * contacts service cannot answer, so the rest of the register still arrives.
   */
  pointsOfContact?: Maybe<Array<PointOfContact>>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Contact: Contact;
  Organization: Organization;
  WorkRegister: WorkRegister;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Contact:
    ( { __typename: 'Contact' }
    & GraphQLRecursivePick<FederationTypes['Contact'], {"id":true}> );
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Organization'], {"acronym":true,"emailDomains":{"domain":true}}> ) );
  WorkRegister:
    ( { __typename: 'WorkRegister' }
    & GraphQLRecursivePick<FederationTypes['WorkRegister'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['WorkRegister'], {"parties":{"organization":{"id":true}}}> ) );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Author: ResolverTypeWrapper<Author>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CacheControlScope: CacheControlScope;
  ChangeKind: ChangeKind;
  Contact: ResolverTypeWrapper<ContactRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ContactConnection: ResolverTypeWrapper<ResolvedConnectionRow<ContactRow>>;
  ContactEdge: ResolverTypeWrapper<Omit<ContactEdge, 'node'> & { node: ResolversTypes['Contact'] }>;
  ContactFilter: ContactFilter;
  ContactFinding: ResolverTypeWrapper<ContactFindingRow>;
  ContactInput: ContactInput;
  ContactKind: ContactKind;
  ContactPatch: ContactPatch;
  ContactRevision: ResolverTypeWrapper<ContactRevisionRow>;
  ContactRevisionConnection: ResolverTypeWrapper<ResolvedConnectionRow<ContactRevisionRow>>;
  ContactRevisionEdge: ResolverTypeWrapper<Omit<ContactRevisionEdge, 'node'> & { node: ResolversTypes['ContactRevision'] }>;
  ContactSnapshot: ResolverTypeWrapper<VisibleSnapshotRow>;
  ContactWorkRegisterConnection: ResolverTypeWrapper<AppearancePageRow>;
  ContactWorkRegisterEdge: ResolverTypeWrapper<Omit<ContactWorkRegisterEdge, 'node' | 'organization'> & { node: ResolversTypes['WorkRegister'], organization: ResolversTypes['Organization'] }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EmailDomain: ResolverTypeWrapper<EmailDomain>;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  FindingSeverity: FindingSeverity;
  ImportPointsOfContactPayload: ResolverTypeWrapper<Omit<ImportPointsOfContactPayload, 'pointsOfContact'> & { pointsOfContact: Array<ResolversTypes['PointOfContact']> }>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organization: ResolverTypeWrapper<OrganizationRefRow>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Party: ResolverTypeWrapper<Omit<Party, 'organization'> & { organization: ResolversTypes['Organization'] }>;
  PointOfContact: ResolverTypeWrapper<PointOfContactRow>;
  PointOfContactImportInput: PointOfContactImportInput;
  PointOfContactSnapshot: ResolverTypeWrapper<PointOfContactSnapshotRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  WorkRegister: ResolverTypeWrapper<WorkRegisterRefRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Author: Author;
  String: Scalars['String']['output'];
  Contact: ContactRow;
  ID: Scalars['ID']['output'];
  ContactConnection: ResolvedConnectionRow<ContactRow>;
  ContactEdge: Omit<ContactEdge, 'node'> & { node: ResolversParentTypes['Contact'] };
  ContactFilter: ContactFilter;
  ContactFinding: ContactFindingRow;
  ContactInput: ContactInput;
  ContactPatch: ContactPatch;
  ContactRevision: ContactRevisionRow;
  ContactRevisionConnection: ResolvedConnectionRow<ContactRevisionRow>;
  ContactRevisionEdge: Omit<ContactRevisionEdge, 'node'> & { node: ResolversParentTypes['ContactRevision'] };
  ContactSnapshot: VisibleSnapshotRow;
  ContactWorkRegisterConnection: AppearancePageRow;
  ContactWorkRegisterEdge: Omit<ContactWorkRegisterEdge, 'node' | 'organization'> & { node: ResolversParentTypes['WorkRegister'], organization: ResolversParentTypes['Organization'] };
  DateTime: Scalars['DateTime']['output'];
  EmailDomain: EmailDomain;
  FieldChange: FieldChange;
  ImportPointsOfContactPayload: Omit<ImportPointsOfContactPayload, 'pointsOfContact'> & { pointsOfContact: Array<ResolversParentTypes['PointOfContact']> };
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  Organization: OrganizationRefRow;
  PageInfo: PageInfo;
  Party: Omit<Party, 'organization'> & { organization: ResolversParentTypes['Organization'] };
  PointOfContact: PointOfContactRow;
  PointOfContactImportInput: PointOfContactImportInput;
  PointOfContactSnapshot: PointOfContactSnapshotRow;
  Query: Record<PropertyKey, never>;
  WorkRegister: WorkRegisterRefRow;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
};

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
  scope?: Maybe<CacheControlScope>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = ContactsContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AuthorResolvers<ContextType = ContactsContext, ParentType extends ResolversParentTypes['Author'] = ResolversParentTypes['Author']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ContactResolvers<ContextType = ContactsContext, ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact'], FederationReferenceType extends FederationReferenceTypes['Contact'] = FederationReferenceTypes['Contact']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Contact']> | FederationReferenceType, FederationReferenceType, ContextType>;
  atRevision?: Resolver<Maybe<ResolversTypes['ContactRevision']>, ParentType, ContextType, RequireFields<ContactAtRevisionArgs, 'revision'>>;
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType, RequireFields<ContactChangesArgs, 'from'>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ContactRevisionConnection'], ParentType, ContextType, Partial<ContactHistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ContactKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  workRegisters?: Resolver<ResolversTypes['ContactWorkRegisterConnection'], ParentType, ContextType, Partial<ContactWorkRegistersArgs>>;
};

export type ContactConnectionResolvers<ContextType = ContactsContext, ParentType extends ResolversParentTypes['ContactConnection'] = ResolversParentTypes['ContactConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ContactEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContactEdgeResolvers<ContextType = ContactsContext, ParentType extends ResolversParentTypes['ContactEdge'] = ResolversParentTypes['ContactEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Contact'], ParentType, ContextType>;
};

export type ContactFindingResolvers<ContextType = ContactsContext, ParentType extends ResolversParentTypes['ContactFinding'] = ResolversParentTypes['ContactFinding']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['Contact']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['FindingSeverity'], ParentType, ContextType>;
  workRegister?: Resolver<Maybe<ResolversTypes['WorkRegister']>, ParentType, ContextType>;
};

export type ContactRevisionResolvers<ContextType = ContactsContext, ParentType extends ResolversParentTypes['ContactRevision'] = ResolversParentTypes['ContactRevision']> = {
  author?: Resolver<ResolversTypes['Author'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  contact?: Resolver<ResolversTypes['ContactSnapshot'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ContactRevisionConnectionResolvers<ContextType = ContactsContext, ParentType extends ResolversParentTypes['ContactRevisionConnection'] = ResolversParentTypes['ContactRevisionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ContactRevisionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContactRevisionEdgeResolvers<ContextType = ContactsContext, ParentType extends ResolversParentTypes['ContactRevisionEdge'] = ResolversParentTypes['ContactRevisionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ContactRevision'], ParentType, ContextType>;
};

export type ContactSnapshotResolvers<ContextType = ContactsContext, ParentType extends ResolversParentTypes['ContactSnapshot'] = ResolversParentTypes['ContactSnapshot']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ContactKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  organizationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  pointsOfContact?: Resolver<Array<ResolversTypes['PointOfContactSnapshot']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ContactWorkRegisterConnectionResolvers<ContextType = ContactsContext, ParentType extends ResolversParentTypes['ContactWorkRegisterConnection'] = ResolversParentTypes['ContactWorkRegisterConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ContactWorkRegisterEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContactWorkRegisterEdgeResolvers<ContextType = ContactsContext, ParentType extends ResolversParentTypes['ContactWorkRegisterEdge'] = ResolversParentTypes['ContactWorkRegisterEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WorkRegister'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FieldChangeResolvers<ContextType = ContactsContext, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportPointsOfContactPayloadResolvers<ContextType = ContactsContext, ParentType extends ResolversParentTypes['ImportPointsOfContactPayload'] = ResolversParentTypes['ImportPointsOfContactPayload']> = {
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pointsOfContact?: Resolver<Array<ResolversTypes['PointOfContact']>, ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = ContactsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addPointOfContact?: Resolver<ResolversTypes['PointOfContact'], ParentType, ContextType, RequireFields<MutationAddPointOfContactArgs, 'contactId' | 'organization' | 'workRegisterId'>>;
  createContact?: Resolver<ResolversTypes['Contact'], ParentType, ContextType, RequireFields<MutationCreateContactArgs, 'input'>>;
  importPointsOfContact?: Resolver<ResolversTypes['ImportPointsOfContactPayload'], ParentType, ContextType, RequireFields<MutationImportPointsOfContactArgs, 'contacts' | 'workRegisterId'>>;
  mergeContacts?: Resolver<ResolversTypes['Contact'], ParentType, ContextType, RequireFields<MutationMergeContactsArgs, 'keep' | 'merge'>>;
  removePointOfContact?: Resolver<ResolversTypes['PointOfContact'], ParentType, ContextType, RequireFields<MutationRemovePointOfContactArgs, 'id'>>;
  updateContact?: Resolver<ResolversTypes['Contact'], ParentType, ContextType, RequireFields<MutationUpdateContactArgs, 'expectedRevision' | 'id' | 'input'>>;
};

export type OrganizationResolvers<ContextType = ContactsContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  contactFindings?: Resolver<Array<ResolversTypes['ContactFinding']>, ParentType, ContextType>;
  contacts?: Resolver<Maybe<ResolversTypes['ContactConnection']>, ParentType, ContextType, Partial<OrganizationContactsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ContactsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PointOfContactResolvers<ContextType = ContactsContext, ParentType extends ResolversParentTypes['PointOfContact'] = ResolversParentTypes['PointOfContact']> = {
  contact?: Resolver<ResolversTypes['Contact'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workRegister?: Resolver<ResolversTypes['WorkRegister'], ParentType, ContextType>;
};

export type PointOfContactSnapshotResolvers<ContextType = ContactsContext, ParentType extends ResolversParentTypes['PointOfContactSnapshot'] = ResolversParentTypes['PointOfContactSnapshot']> = {
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workRegister?: Resolver<Maybe<ResolversTypes['WorkRegister']>, ParentType, ContextType>;
  workRegisterId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ContactsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  contact?: Resolver<Maybe<ResolversTypes['Contact']>, ParentType, ContextType, Partial<QueryContactArgs>>;
  contacts?: Resolver<ResolversTypes['ContactConnection'], ParentType, ContextType, Partial<QueryContactsArgs>>;
};

export type WorkRegisterResolvers<ContextType = ContactsContext, ParentType extends ResolversParentTypes['WorkRegister'] = ResolversParentTypes['WorkRegister'], FederationReferenceType extends FederationReferenceTypes['WorkRegister'] = FederationReferenceTypes['WorkRegister']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WorkRegister']> | FederationReferenceType, FederationReferenceType, ContextType>;
  contactFindings?: Resolver<Array<ResolversTypes['ContactFinding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pointsOfContact?: Resolver<Maybe<Array<ResolversTypes['PointOfContact']>>, ParentType, ContextType>;
};

export type Resolvers<ContextType = ContactsContext> = {
  Author?: AuthorResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  ContactConnection?: ContactConnectionResolvers<ContextType>;
  ContactEdge?: ContactEdgeResolvers<ContextType>;
  ContactFinding?: ContactFindingResolvers<ContextType>;
  ContactRevision?: ContactRevisionResolvers<ContextType>;
  ContactRevisionConnection?: ContactRevisionConnectionResolvers<ContextType>;
  ContactRevisionEdge?: ContactRevisionEdgeResolvers<ContextType>;
  ContactSnapshot?: ContactSnapshotResolvers<ContextType>;
  ContactWorkRegisterConnection?: ContactWorkRegisterConnectionResolvers<ContextType>;
  ContactWorkRegisterEdge?: ContactWorkRegisterEdgeResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  FieldChange?: FieldChangeResolvers<ContextType>;
  ImportPointsOfContactPayload?: ImportPointsOfContactPayloadResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PointOfContact?: PointOfContactResolvers<ContextType>;
  PointOfContactSnapshot?: PointOfContactSnapshotResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  WorkRegister?: WorkRegisterResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = ContactsContext> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
};
