import { describe } from 'vitest';
import { ruleTable } from '../testing/rule-table';
import { serviceAccountAnnotations } from './service-account-annotations';

const two = { 'eks.amazonaws.com/role-arn': 'arn:aws:iam::1:role/x', 'example.com/team': 'ml' };

describe('service-account-annotations', () => {
  ruleTable(serviceAccountAnnotations, [
    ['none: fine', {}, []],
    ['one annotation renders', { agent: { serviceAccountAnnotations: { 'iam.gke.io/gcp-service-account': 'a@b.iam.gserviceaccount.com' } } }, []],
    ['two annotations break rendering', { agent: { serviceAccountAnnotations: two } }, [['agent.serviceAccountAnnotations', 'error', 'did not find expected key']]],
    ['on chart 2.1.8, where it appeared', { agent: { serviceAccountAnnotations: two } }, [['agent.serviceAccountAnnotations', 'error', '2.1.8']], '2.1.8'],
    ['rbac off: no service account is rendered', { rbac: { enabled: false }, agent: { serviceAccountAnnotations: two } }, []],
  ]);
});
