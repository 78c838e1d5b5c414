// Language and seat city names for every code and delegation in content, with workerd's Intl, which
// renders the pages: it lacks several languages' names and has no Kirundi data at all.
import { describeNameChecks } from '../support/name-checks';

describeNameChecks('workerd');
