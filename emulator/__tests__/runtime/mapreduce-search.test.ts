import type { Account } from '../../src/account';
import { deployBasic, postToEcho } from './helpers';

describe('map/reduce over a search (NS section_4472703484)', () => {
  function deployWithNotes(): Account {
    const account = deployBasic();
    for (const name of ['alpha', 'beta'])
      account.ui.createRecord('customrecord_fx_note', { fields: { name } });
    return account;
  }

  it('a search.Search input gives one pair per result: key = internal id, value = the result as JSON', () => {
    const account = deployWithNotes();
    const summary = account.runDeployment('customscript_fx_notes_mr');
    expect(
      summary.kind === 'mapreduce' && summary.stages.find((s) => s.stage === 'map')?.keys.map((k) => k.key),
    ).toEqual(['1', '2']);
    expect(summary.kind === 'mapreduce' && summary.output).toEqual([
      { key: 'customrecord_fx_note', value: '1:alpha|2:beta@administrator' },
    ]);
    // Work done in reduce through N/record fired the note user event in the MAPREDUCE context.
    const contexts = account
      .executions()
      .filter((e) => e.scriptType === 'USEREVENT')
      .flatMap((e) => e.logs)
      .filter((l) => l.title === 'beforeSubmit')
      .map((l) => (JSON.parse(l.details) as { type: string; context: string }).context);
    expect(contexts.slice(-1)).toEqual(['MAPREDUCE']);
  });

  it('running the returned search is not charged to getInputData (the framework runs it)', () => {
    const account = deployWithNotes();
    account.runDeployment('customscript_fx_notes_mr');
    const input = account.executions().find((e) => e.entryPoint === 'getInputData');
    expect(input?.units).toBe(0);
  });

  it('a {type: "search", id} reference loads the saved search', () => {
    const account = deployWithNotes();
    postToEcho(account, { saveSearch: 'customsearch_fx_notes' });
    account.setParameters('customdeploy_fx_notes_mr', { custscript_fx_notes_saved: 'customsearch_fx_notes' });
    const summary = account.runDeployment('customscript_fx_notes_mr');
    expect(summary.kind === 'mapreduce' && summary.output.map((o) => o.value)).toEqual([
      '1:alpha|2:beta@administrator',
    ]);
  });
});

describe('the value map() receives for a search result (NS section_4483841695 and public map/reduce scripts)', () => {
  it('single selects arrive as {value, text} and check boxes as T/F, not as Result.toJSON() arrays and booleans', () => {
    // Public map/reduce scripts over a returned search read `values.entity.value` and `values.isinactive == 'F'`;
    // the fidelity review found no script reading `values.entity[0].value` in a map stage.
    const account = deployBasic();
    const id = account.ui.createRecord('customrecord_fx_note', {
      fields: { name: 'gamma', custrecord_fx_note_colour: '1', custrecord_fx_note_done: true },
    });
    const summary = account.runDeployment('customscript_fx_values_mr');
    if (summary.kind !== 'mapreduce') throw new Error('expected a map/reduce summary');
    const [only] = summary.output;
    expect(only?.key).toBe(String(id));
    expect(JSON.parse(only?.value ?? 'null')).toEqual({
      recordType: 'customrecord_fx_note',
      id: String(id),
      values: {
        name: 'gamma',
        custrecord_fx_note_colour: { value: '1', text: 'Red' },
        custrecord_fx_note_done: 'T',
      },
    });
  });
});
