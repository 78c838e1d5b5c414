// Language and seat city names for every code and delegation in content, with Node's Intl.
import { describeNameChecks } from '../support/name-checks';

describeNameChecks('Node');
