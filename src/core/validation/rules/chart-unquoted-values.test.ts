import { describe } from 'vitest';
import { ruleTable } from '../testing/rule-table';
import { chartUnquotedValues } from './chart-unquoted-values';

const store = (name: string, kind = 'volume_claim') => ({ artifactsStore: { name, kind, schema: { volumeClaim: 'pvc', mountPath: '/data' } } });

describe('chart-unquoted-values', () => {
  ruleTable(chartUnquotedValues, [
    ['defaults: fine', {}, []],
    ['a plain priority class: fine', { priorityClassName: 'high-priority', agent: { priorityClassName: 'system.critical' } }, []],
    ['": " breaks the YAML', { agent: { priorityClassName: 'a: b' } }, [['agent.priorityClassName', 'error', 'YAML parse error']]],
    ['a leading % breaks the YAML', { gateway: { priorityClassName: '%Q#' } }, [['gateway.priorityClassName', 'error', 'YAML parse error']]],
    ['a line break breaks the YAML', { priorityClassName: 'line1\n\nline3\n' }, [['priorityClassName', 'error', 'unquoted']]],
    ['a control character', { operator: { priorityClassName: 'a\fb' } }, [['operator.priorityClassName', 'error', 'YAML parse error']]],
    ['"true" becomes a boolean', { priorityClassName: 'true' }, [['priorityClassName', 'error', 'a boolean']]],
    ['"0755" becomes a number', { ingress: { className: '0755' } }, [['ingress.className', 'error', 'a number']]],
    ['"null" becomes null', { ingress: { className: 'null' } }, [['ingress.className', 'error', 'as null']]],
    ['an empty class name is not written', { ingress: { className: '' } }, []],
    ['a numeric volume_claim store name becomes a number', store('668'), [['artifactsStore', 'error', 'a number']]],
    ['a numeric host_path store name', store('1e3', 'host_path'), [['artifactsStore', 'error', 'a number']]],
    ['a numeric s3 store name is not a volume', store('668', 's3'), []],
    ['a plain store name', store('artifacts'), []],
    ['a backslash in an image breaks the double quotes', { gateway: { image: 'A#bb=\\3*GJ' } }, [['gateway.image', 'error', 'double quotes']]],
    ['a double quote in an image', { agent: { image: 'say "hi"' } }, [['agent.image', 'error', 'YAML parse error']]],
    ['a line break in an image', { cleanHooks: { image: 'a\nb' } }, [['cleanHooks.image', 'error', 'line break']]],
    ['odd but harmless image text inside double quotes', { operator: { image: 'a: b #c' } }, []],
    ['a registry image', { agent: { image: 'registry.acme.com:5000/polyaxon/agent' } }, []],
  ]);
});
