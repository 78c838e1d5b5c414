-- Messages about a delegation without a key go to the headquarters desk (delegation_id = 'headquarters');
-- the delegation they concern is recorded beside it. For every earlier message it is the same delegation.
ALTER TABLE contact_messages ADD COLUMN concerns_delegation_id TEXT;
UPDATE contact_messages SET concerns_delegation_id = delegation_id;
