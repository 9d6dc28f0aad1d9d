import { describe } from 'vitest';
import { ruleTable } from '../../../test-utils/rule-table';
import { deploymentVersion } from './deployment-version';

describe('deployment-version', () => {
  ruleTable(deploymentVersion, [
    ['unset: fine', {}, []],
    ['matches: fine', { deploymentVersion: '2.15.1' }, []],
    ['matches an older release: fine', { deploymentVersion: '2.9.4' }, [], '2.9.4'],
    ['another release', { deploymentVersion: '2.14.0' }, [['deploymentVersion', 'warning', 'differs']]],
    ['latest', { deploymentVersion: 'latest' }, [['deploymentVersion', 'warning', 'newest']]],
    ['an unquoted float', { deploymentVersion: 2.15 }, [['deploymentVersion', 'warning']]],
  ]);
});
