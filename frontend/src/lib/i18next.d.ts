// Types the keys of t() from the English catalogs: a key that is not in them fails the type check.
import 'i18next';
import type common from '../locales/en/common.json';
import type catalog from '../locales/en/catalog.json';
import type account from '../locales/en/account.json';
import type auth from '../locales/en/auth.json';
import type collaborations from '../locales/en/collaborations.json';
import type decisions from '../locales/en/decisions.json';
import type discovery from '../locales/en/discovery.json';
import type gatherings from '../locales/en/gatherings.json';
import type home from '../locales/en/home.json';
import type impact from '../locales/en/impact.json';
import type ledger from '../locales/en/ledger.json';
import type mail from '../locales/en/mail.json';
import type meanings from '../locales/en/meanings.json';
import type moderation from '../locales/en/moderation.json';
import type notifications from '../locales/en/notifications.json';
import type people from '../locales/en/people.json';
import type profile from '../locales/en/profile.json';
import type talk from '../locales/en/talk.json';
import type values from '../locales/en/values.json';
import type graphiql from '../locales/en/graphiql.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      catalog: typeof catalog;
      account: typeof account;
      auth: typeof auth;
      collaborations: typeof collaborations;
      decisions: typeof decisions;
      discovery: typeof discovery;
      gatherings: typeof gatherings;
      home: typeof home;
      impact: typeof impact;
      ledger: typeof ledger;
      mail: typeof mail;
      meanings: typeof meanings;
      moderation: typeof moderation;
      notifications: typeof notifications;
      people: typeof people;
      profile: typeof profile;
      talk: typeof talk;
      values: typeof values;
      graphiql: typeof graphiql;
    };
  }
}
