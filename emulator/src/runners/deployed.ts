import type { ScriptDef, ScriptDeploymentDef, ScriptParameterDef } from '../sdf/project-model';

/** A script as the account holds it after deploy: the SDF definition plus the internal id NetSuite assigned. */
export interface DeployedScript {
  readonly def: ScriptDef;
  readonly internalId: number;
  readonly deployments: DeployedDeployment[];
  readonly parameters: ReadonlyMap<string, ScriptParameterDef>;
}

/** Where a map/reduce or scheduled deployment is in its life (only one unfinished instance at a time). */
export type DeploymentState = 'idle' | 'queued' | 'running';

export interface DeployedDeployment {
  readonly def: ScriptDeploymentDef;
  readonly script: DeployedScript;
  readonly internalId: number;
  /** The number in `deploy=` of a RESTlet URL: the deployment's position within its script, from 1. */
  readonly number: number;
  /** Current parameter values (from the XML, then the seed, then setParameters), by custscript_ id. */
  readonly parameterValues: Map<string, unknown>;
  state: DeploymentState;
}
