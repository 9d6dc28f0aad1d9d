import { describe } from 'vitest';
import { ruleTable } from '../../../test-utils/rule-table';
import { additionalNamespacesRender } from './additional-namespaces-render';

describe('additional-namespaces-render', () => {
  ruleTable(additionalNamespacesRender, [
    ['no additional namespaces: fine', {}, [], '2.12.0'],
    ['additional namespaces on 2.10.0: fails to render', { agent: { additionalNamespaces: ['team-a'] } }, [['agent.additionalNamespaces', 'error', 'fails to render']], '2.10.0'],
    ['additional namespaces on 2.14.0: fails to render', { agent: { additionalNamespaces: ['team-a'] } }, [['agent.additionalNamespaces', 'error', '2.14.1 or later']], '2.14.0'],
    ['fixed in 2.14.1', { agent: { additionalNamespaces: ['team-a'] } }, [], '2.14.1'],
    ['latest: fine', { agent: { additionalNamespaces: ['team-a'] } }, []],
    ['before 2.10.0: fine', { agent: { additionalNamespaces: ['team-a'] } }, [], '2.9.4'],
  ]);
});
