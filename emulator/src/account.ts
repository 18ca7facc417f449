import * as path from 'node:path';
import type {
  Clock,
  CustomListValue,
  EmulatedAccount,
  HttpRequestRecord,
  PermissionLevel,
  RecordEventHooks,
  SchemaRegistry,
  SentEmail,
} from './account-api';
import { ManualClock } from './clock';
import { NotEmulatedError } from './errors';
import type { ExecutionRecord, ScriptType } from './execution';
import { ScriptLoader } from './loader';
import { RecordStore } from './records/store';
import type { RuntimeAccount } from './runners/account-view';
import type { ScriptUser } from './runners/context';
import type { DeployedDeployment, DeployedScript } from './runners/deployed';
import { runMapReduce, type MapReduceSummary } from './runners/mapreduce';
import { runRestlet, type RestletRequest, type RestletResponse } from './runners/restlet';
import { runScheduled, type ScheduledSummary } from './runners/scheduled';
import { fireTimes } from './runners/schedules';
import { TaskQueue, type TaskRun } from './runners/tasks';
import { asUiUser, UiActions } from './runners/ui';
import { runsFor, roleScriptId } from './runners/audience';
import { fireUserEvents } from './runners/userevent';
import { DeployError, SCRIPT_TYPE_TAGS, readProject, type SdfProject } from './sdf/project';
import {
  customRecordTypeSchema,
  defaultSchemaRegistry,
  registerStandardCustomFields,
} from './sdf/project-schemas';
import { createSeedRecords, loadSeed, resolveRefs, SeedError, type Seed } from './seed';

export interface DeployOptions {
  /** A seed file path or seed object (format: emulator/README.md). */
  readonly seed?: string | Seed;
  /** Where the account clock starts (default 2026-01-05T09:00:00Z). */
  readonly now?: Date;
  /** The record schemas to use; by default the records layer's SchemaRegistry (emulator/src/records/registry.ts). */
  readonly schemas?: SchemaRegistry;
}

/** An integration record with its access tokens, for the HTTP server's OAuth 1.0a check. */
export interface IntegrationCredentials {
  readonly name: string;
  readonly consumerKey: string;
  readonly consumerSecret: string;
  readonly tokens: readonly { tokenId: string; tokenSecret: string; user: ScriptUser }[];
}

export type DeploymentRunSummary = MapReduceSummary | ScheduledSummary;

const SCRIPT_TYPES: Readonly<Record<string, ScriptType>> = {
  restlet: 'RESTLET',
  usereventscript: 'USEREVENT',
  mapreducescript: 'MAPREDUCE',
  scheduledscript: 'SCHEDULED',
  suitelet: 'SUITELET',
};

const PERMISSION_LEVELS: readonly PermissionLevel[] = ['NONE', 'VIEW', 'CREATE', 'EDIT', 'FULL'];

/** Internal id of NetSuite's Administrator role; custom roles are numbered from 1000 in project order. */
const ADMINISTRATOR_ROLE = 3;

/**
 * An emulated NetSuite account with an SDF project deployed into it. Create one per test with Account.deploy;
 * everything it holds (records, logs, caches, queued tasks) lives on the instance, so a reset is a new Account.
 */
export class Account implements EmulatedAccount, RuntimeAccount {
  readonly clock: Clock;
  readonly store: RecordStore;
  readonly schemas: SchemaRegistry;
  readonly recordEvents: RecordEventHooks;
  readonly customLists = new Map<string, CustomListValue[]>();
  readonly secrets = new Map<string, string>();
  readonly savedSearches = new Map<string, unknown>();
  readonly caches = new Map<string, Map<string, { value: string; expiresAt: number | null }>>();
  readonly sentEmails: SentEmail[] = [];
  readonly httpRequests: HttpRequestRecord[] = [];
  /** The preferences EmulatedAccount documents, writable so tests and seeds can set them. */
  readonly settings: { -readonly [K in keyof EmulatedAccount['settings']]: EmulatedAccount['settings'][K] } =
    {
      timeZone: 'America/Los_Angeles',
      concurrencyLimit: 5,
      defaultLogLevel: 'DEBUG',
    };
  readonly loader: ScriptLoader;
  /** UI actions as an administrator (executionContext USERINTERFACE), firing user events, no governance. */
  readonly ui: UiActions;
  readonly integrations: IntegrationCredentials[] = [];
  /** The account's administrator, who deployed the project; UI actions and scheduled work run as this user. */
  readonly administrator: ScriptUser;
  /** Map/reduce and scheduled tasks submitted through N/task, waiting for runQueuedTasks(). */
  readonly tasks: TaskQueue;
  readonly roleIds = new Map<string, number>([['administrator', ADMINISTRATOR_ROLE]]);

  private accountIdValue = 'TSTDRV0000000';
  private readonly scriptList: DeployedScript[] = [];
  private readonly log: ExecutionRecord[] = [];
  private seeding = false;
  private scheduleCheckedAt: number;

  private constructor(
    readonly project: SdfProject,
    options: DeployOptions,
  ) {
    this.clock = new ManualClock(options.now);
    this.scheduleCheckedAt = this.clock.now().getTime();
    this.schemas = options.schemas ?? defaultSchemaRegistry();
    this.store = new RecordStore((type) => this.schemas.schemaOf(type));
    this.loader = new ScriptLoader(path.join(project.dir, 'FileCabinet'), () => this.clock.now().getTime());
    this.administrator = {
      id: -5,
      name: 'Emulator Administrator',
      email: 'administrator@example.invalid',
      role: ADMINISTRATOR_ROLE,
      roleId: 'administrator',
      subsidiary: 1,
      department: 0,
      location: 0,
    };
    this.ui = new UiActions(this, () => this.administrator);
    this.tasks = new TaskQueue(this);
    this.recordEvents = {
      beforeSubmit: (event) => {
        if (!this.seeding)
          fireUserEvents(this, this.allDeployments(), 'beforeSubmit', event, this.administrator);
      },
      afterSubmit: (event) => {
        if (!this.seeding)
          fireUserEvents(this, this.allDeployments(), 'afterSubmit', event, this.administrator);
      },
    };
  }

  /**
   * Deploys an SDF project folder (Objects/, FileCabinet/ with built scripts, manifest.xml) into a new account,
   * then applies the seed. Throws DeployError for what NetSuite would refuse on deploy.
   */
  static deploy(projectDir: string, options: DeployOptions = {}): Account {
    const project = readProject(projectDir);
    const account = new Account(project, options);
    account.install();
    if (options.seed !== undefined) account.applySeed(loadSeed(options.seed));
    return account;
  }

  get accountId(): string {
    return this.accountIdValue;
  }

  // ---- public surface ------------------------------------------------------------------------------------------

  /** Calls a RESTlet deployment as an external client would through restlet.nl (see runners/restlet.ts). */
  invokeRestlet(request: RestletRequest): RestletResponse {
    const deployment = this.resolveDeployment(request.script, request.deploy);
    if (!deployment || deployment.script.def.isInactive || !deployment.def.isDeployed) {
      // A script/deploy pair naming nothing, or a disabled one: NetSuite answers SSS_INVALID_SCRIPTLET_ID "That
      // Suitelet is invalid, disabled, or no longer exists." to RESTlet calls too (suiteplus/nscabinet#22), with
      // HTTP 404: "The RESTlet called is not at the URL used in the call" (NS section_4634920277), and public
      // RESTlet clients' troubleshooting notes pair the two ("404 with SSS_INVALID_SCRIPTLET_ID").
      return {
        status: 404,
        contentType: 'application/json',
        body: `{"error" : {"code" : "SSS_INVALID_SCRIPTLET_ID", "message" : "That Suitelet is invalid, disabled, or no longer exists."}}`,
      };
    }
    if (deployment.script.def.type !== 'restlet')
      throw new NotEmulatedError(
        `calling ${deployment.script.def.type} ${deployment.script.def.scriptId} as a RESTlet`,
      );
    this.assertRunnable(deployment, ['RELEASED', 'TESTING']);
    return runRestlet(this, deployment, request, this.restletCaller(deployment, request.as));
  }

  /**
   * Runs a scheduled or map/reduce deployment to completion, as "Save and Execute" would, and returns its summary.
   * Without a deployment id the script's first deployment runs.
   */
  runDeployment(
    scriptId: string,
    deploymentId?: string,
    params?: Readonly<Record<string, unknown>>,
  ): DeploymentRunSummary {
    const script = this.script(scriptId);
    const deployment = deploymentId
      ? script.deployments.find((d) => d.def.scriptId === deploymentId)
      : script.deployments[0];
    if (!deployment)
      throw new DeployError(scriptId, `no deployment ${deploymentId ?? '(any)'} on this script`);
    return this.runScriptDeployment(deployment, { params, taskId: null, invocation: 'USER_INTERFACE' });
  }

  /**
   * Runs the SCHEDULED deployments whose recurrence fell due since the last call (or since deploy), up to the
   * account clock, in time order: one run per fire time. Call it after clock.advance(). Scripts see the clock's
   * current time, not the fire time.
   */
  runDueSchedules(): DeploymentRunSummary[] {
    const from = this.scheduleCheckedAt;
    const to = this.clock.now().getTime();
    const due: { at: number; order: number; deployment: DeployedDeployment }[] = [];
    this.allDeployments().forEach((deployment, order) => {
      const { def, script } = deployment;
      if (def.status !== 'SCHEDULED' || def.recurrence === null || !def.isDeployed || script.def.isInactive)
        return;
      for (const at of fireTimes(def.recurrence, from, to)) due.push({ at, order, deployment });
    });
    due.sort((a, b) => a.at - b.at || a.order - b.order);
    this.scheduleCheckedAt = to;
    return due.map(({ deployment }) =>
      this.runScriptDeployment(deployment, { taskId: null, invocation: 'SCHEDULED' }),
    );
  }

  /** Runs every task submitted through N/task (and any they submit in turn), in submission order. */
  runQueuedTasks(): TaskRun[] {
    return this.tasks.runAll();
  }

  /** Sets parameter values of a deployment (customdeploy_...), as editing the deployment record would. */
  setParameters(deploymentId: string, values: Readonly<Record<string, unknown>>): void {
    const deployment = this.allDeployments().find((d) => d.def.scriptId === deploymentId);
    if (!deployment) throw new DeployError(deploymentId, 'no such deployment');
    for (const [id, value] of Object.entries(values)) {
      if (!deployment.script.parameters.has(id))
        throw new DeployError(deploymentId, `${id} is not a parameter of ${deployment.script.def.scriptId}`);
      deployment.parameterValues.set(id, value);
    }
  }

  /** The execution log: every script execution so far, oldest first. */
  executions(): readonly ExecutionRecord[] {
    return this.log;
  }

  /** Deployed scripts with their internal ids and deployments. */
  scripts(): readonly DeployedScript[] {
    return this.scriptList;
  }

  /** The user an access token authenticates as, or undefined for an unknown token. */
  userForToken(tokenId: string): ScriptUser | undefined {
    for (const integration of this.integrations)
      for (const token of integration.tokens) if (token.tokenId === tokenId) return token.user;
    return undefined;
  }

  scriptTypeOf(scriptId: string): ScriptType | undefined {
    const script = this.scriptList.find((s) => s.def.scriptId === scriptId);
    return script ? SCRIPT_TYPES[script.def.type] : undefined;
  }

  permissionLevel(roleId: string, permkey: string): PermissionLevel {
    const id = roleId.toLowerCase();
    if (id === 'administrator') return 'FULL';
    const role = this.project.roles.find((one) => one.scriptId === id);
    if (!role) throw new NotEmulatedError(`the permissions of the standard role ${roleId}`);
    const level = role.permissions.find((one) => one.key === permkey)?.level ?? 'NONE';
    if (!PERMISSION_LEVELS.includes(level as PermissionLevel))
      throw new NotEmulatedError(`permission level ${level} of ${permkey} on ${roleId}`);
    return level as PermissionLevel;
  }

  recordExecution(record: ExecutionRecord): void {
    this.log.push(record);
  }

  // ---- lookups used by runners and N/task -----------------------------------------------------------------------

  script(scriptId: string): DeployedScript {
    const script = this.scriptList.find((s) => s.def.scriptId === scriptId);
    if (!script) throw new DeployError(scriptId, 'no such script is deployed');
    return script;
  }

  allDeployments(): DeployedDeployment[] {
    return this.scriptList.flatMap((s) => s.deployments);
  }

  /** `script=` accepts the script id or internal id; `deploy=` the deployment id or number (within the script). */
  resolveDeployment(script: string | number, deploy: string | number): DeployedDeployment | undefined {
    const scriptKey = String(script).trim().toLowerCase();
    const found = this.scriptList.find(
      (s) => s.def.scriptId === scriptKey || String(s.internalId) === scriptKey,
    );
    const deployKey = String(deploy).trim().toLowerCase();
    return found?.deployments.find((d) => d.def.scriptId === deployKey || String(d.number) === deployKey);
  }

  /** Runs one deployment of a scheduled or map/reduce script (used by runDeployment and the task queue). */
  runScriptDeployment(
    deployment: DeployedDeployment,
    run: {
      params?: Readonly<Record<string, unknown>>;
      taskId: string | null;
      invocation: 'ON_DEMAND' | 'USER_INTERFACE' | 'SCHEDULED';
      user?: ScriptUser;
    },
  ): DeploymentRunSummary {
    const type = deployment.script.def.type;
    if (type !== 'mapreducescript' && type !== 'scheduledscript')
      throw new NotEmulatedError(`running a ${type} deployment to completion`);
    this.assertRunnable(deployment, ['NOTSCHEDULED', 'SCHEDULED']);
    const user = run.user ?? this.administrator;
    deployment.state = 'running';
    try {
      return type === 'mapreducescript'
        ? runMapReduce(this, deployment, { user, params: run.params, taskId: run.taskId })
        : runScheduled(this, deployment, {
            user,
            params: run.params,
            taskId: run.taskId,
            type: run.invocation,
          });
    } finally {
      deployment.state = 'idle';
    }
  }

  // ---- deploy and seed -------------------------------------------------------------------------------------------

  private install(): void {
    const project = this.project;
    project.roles.forEach((role, index) => this.roleIds.set(role.scriptId, 1000 + index));
    for (const list of project.customLists) {
      this.customLists.set(
        list.scriptId,
        list.values.map((value, index) => ({
          id: String(index + 1),
          scriptId: value.scriptId,
          value: value.value,
        })),
      );
    }
    for (const type of project.customRecordTypes) this.schemas.register(customRecordTypeSchema(type));
    if (project.customFields.length > 0) registerStandardCustomFields(this.schemas, project);

    let nextScriptId = 100;
    let nextDeploymentId = 1;
    for (const def of project.scripts) {
      const header = this.loader.header(def.scriptFile);
      const expected = SCRIPT_TYPE_TAGS[def.type];
      if (header.scriptType === null || header.scriptType.toLowerCase() !== expected.toLowerCase()) {
        throw new DeployError(
          def.sourceFile,
          `${def.scriptFile} declares @NScriptType ${header.scriptType ?? '(none)'}; a ${def.type} needs ${expected}`,
        );
      }
      if (header.apiVersion === null || !/^2\.(0|1|x)$/i.test(header.apiVersion))
        throw new DeployError(
          def.sourceFile,
          `${def.scriptFile} needs @NApiVersion 2.x (found ${header.apiVersion})`,
        );
      const script: DeployedScript = {
        def,
        internalId: nextScriptId++,
        deployments: [],
        parameters: new Map(def.parameters.map((p) => [p.id, p])),
      };
      def.deployments.forEach((deploymentDef, index) => {
        script.deployments.push({
          def: deploymentDef,
          script,
          internalId: nextDeploymentId++,
          number: index + 1,
          parameterValues: new Map(Object.entries(deploymentDef.parameterValues)),
          state: 'idle',
        });
      });
      this.scriptList.push(script);
    }
  }

  private applySeed(seed: Seed): void {
    if (seed.accountId !== undefined) this.accountIdValue = seed.accountId;
    Object.assign(this.settings, seed.settings ?? {});
    for (const [id, value] of Object.entries(seed.secrets ?? {})) this.secrets.set(id, value);

    const ids = new Map<string, number>();
    this.seeding = true;
    try {
      asUiUser(this, this.administrator, () => createSeedRecords(this, seed.records ?? [], ids));
    } finally {
      this.seeding = false;
    }

    for (const [deploymentId, values] of Object.entries(seed.parameters ?? {})) {
      this.setParameters(
        deploymentId,
        resolveRefs(values, ids, `parameters.${deploymentId}`) as Record<string, unknown>,
      );
    }
    for (const integration of seed.integrations ?? []) {
      this.integrations.push({
        name: integration.name,
        consumerKey: integration.consumerKey,
        consumerSecret: integration.consumerSecret,
        tokens: integration.tokens.map((token, index) => ({
          tokenId: token.tokenId,
          tokenSecret: token.tokenSecret,
          user: this.tokenUser(
            token.user,
            token.role,
            ids,
            `integrations.${integration.name}.tokens[${index}]`,
          ),
        })),
      });
    }
  }

  private tokenUser(
    userRef: string,
    roleId: string,
    ids: ReadonlyMap<string, number>,
    where: string,
  ): ScriptUser {
    const id = Number(resolveRefs(userRef, ids, `${where}.user`));
    const role = this.roleIds.get(roleId.toLowerCase());
    if (role === undefined) throw new SeedError(`${where}.role`, `unknown role ${roleId}`);
    const employee = this.store.find('employee', id);
    const fields = employee?.fields ?? {};
    const name =
      [fields['firstname'], fields['lastname']].filter((v) => typeof v === 'string' && v !== '').join(' ') ||
      String(fields['entityid'] ?? `Employee ${id}`);
    return {
      id,
      name,
      email: typeof fields['email'] === 'string' ? fields['email'] : '',
      role,
      roleId: roleId.toLowerCase(),
      subsidiary: Number(fields['subsidiary'] ?? 1),
      department: Number(fields['department'] ?? 0),
      location: Number(fields['location'] ?? 0),
    };
  }

  /**
   * Who a RESTlet call runs as: the given user, else the first seeded token's user, else the administrator holding
   * the deployment's first audience role. A caller whose role is outside the deployment's audience (allroles F,
   * audslctrole) is refused by NetSuite with an error the emulator does not know, so it throws NotEmulatedError.
   */
  private restletCaller(deployment: DeployedDeployment, given: ScriptUser | undefined): ScriptUser {
    const owner = this.administrator;
    const explicit = given ?? this.integrations[0]?.tokens[0]?.user;
    if (explicit) {
      if (!runsFor(deployment, explicit, owner)) {
        throw new NotEmulatedError(
          `calling ${deployment.def.scriptId} (status ${deployment.def.status}) as ${explicit.roleId}, outside its audience`,
        );
      }
      return explicit;
    }
    if (runsFor(deployment, owner, owner)) return owner;
    const roleId = deployment.def.roles.map(roleScriptId)[0];
    const role = roleId === undefined ? undefined : this.roleIds.get(roleId);
    if (roleId === undefined || role === undefined)
      throw new NotEmulatedError(
        `calling ${deployment.def.scriptId}: its audience names no role the account has`,
      );
    return { ...owner, role, roleId };
  }

  private assertRunnable(deployment: DeployedDeployment, statuses: readonly string[]): void {
    const { def, script } = deployment;
    if (script.def.isInactive)
      throw new DeployError(script.def.sourceFile, `${script.def.scriptId} is inactive`);
    if (!def.isDeployed)
      throw new DeployError(script.def.sourceFile, `${def.scriptId} is not deployed (isdeployed F)`);
    if (!statuses.includes(def.status)) {
      throw new DeployError(
        script.def.sourceFile,
        `${def.scriptId} has status ${def.status}; expected ${statuses.join(' or ')}`,
      );
    }
  }
}
