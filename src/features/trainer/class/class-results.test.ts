import { beforeEach, describe, expect, it } from 'vitest';

import {
  CLASS_RESULTS_KEY,
  type ClassResult,
  clearClassResults,
  currentLearner,
  readClassResults,
  renameClassResult,
  resultsCsv,
  saveClassResult,
  setLearner,
  summarise,
  summaryCsv,
} from './class-results';

const result = (over: Partial<ClassResult>): ClassResult => ({
  id: 'r1',
  learner: 'Ana',
  kind: 'step',
  flowId: 'q255888',
  title: 'Grant Permissions Admin on the Site object',
  finishedAt: '2026-11-27T09:00:00.000Z',
  score: 94,
  right: 11,
  total: 13,
  wrong: 3,
  seconds: 41.5,
  ...over,
});

beforeEach(() => localStorage.clear());

describe('class results in this browser', () => {
  it('keeps results and the learner’s name under their own key, and survives a new read', () => {
    setLearner('  Ana   Lopez ');
    saveClassResult(result({ learner: currentLearner() }));
    saveClassResult(result({ id: 'r1', score: 100 })); // the same test saved again replaces it
    expect(readClassResults()).toEqual([result({ score: 100 })]);
    expect(currentLearner()).toBe('Ana Lopez');
    expect(Object.keys(localStorage)).toEqual([CLASS_RESULTS_KEY]);
    renameClassResult('r1', 'Bo');
    expect(readClassResults()[0]!.learner).toBe('Bo');
    clearClassResults();
    expect(readClassResults()).toEqual([]);
    expect(currentLearner()).toBe('');
  });

  it('reads broken or foreign data as none, without throwing', () => {
    for (const raw of [
      '{',
      'null',
      '[]',
      JSON.stringify({ version: 2, learner: '', results: [] }),
      JSON.stringify({ version: 1, learner: 'x', results: [{ id: 1 }] }),
    ]) {
      localStorage.setItem(CLASS_RESULTS_KEY, raw);
      expect(readClassResults()).toEqual([]);
    }
  });
});

describe('summary and CSV', () => {
  const results = [
    result({ id: 'a', learner: 'Ana', kind: 'step', score: 50, finishedAt: '2026-11-27T09:00:00Z' }),
    result({
      id: 'b',
      learner: 'ana',
      kind: 'fix',
      title: 'The whole fix (3 steps)',
      score: 90,
      finishedAt: '2026-11-27T09:10:00Z',
    }),
    result({
      id: 'c',
      learner: '',
      kind: 'quiz',
      title: 'Diagnosis quiz',
      score: 80,
      right: 4,
      total: 5,
      wrong: 1,
      finishedAt: '2026-11-27T09:20:00Z',
    }),
    result({
      id: 'd',
      learner: '=HYPERLINK("x")',
      kind: 'quiz',
      title: 'Diagnosis quiz, "hard"',
      score: 40,
      finishedAt: '2026-11-27T09:30:00Z',
    }),
  ];

  it('one line per learner (names alike whatever their case), results without a name last', () => {
    expect(summarise(results)).toEqual([
      { learner: '=HYPERLINK("x")', tests: 1, average: 40, lastQuiz: 40, lastAt: '2026-11-27T09:30:00Z' },
      { learner: 'ana', tests: 2, average: 70, lastStep: 50, lastFix: 90, lastAt: '2026-11-27T09:10:00Z' },
      { learner: '(no name given)', tests: 1, average: 80, lastQuiz: 80, lastAt: '2026-11-27T09:20:00Z' },
    ]);
  });

  it('writes CSV a spreadsheet reads safely: quoted where needed, no formulas', () => {
    const csv = resultsCsv(results);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('learner,test,flow,what,finished at,score %,right,out of,wrong,seconds');
    expect(lines).toHaveLength(5);
    expect(csv).toContain(
      `"'=HYPERLINK(""x"")",Diagnosis quiz,q255888,"Diagnosis quiz, ""hard""",2026-11-27T09:30:00Z,40`,
    );
    expect(csv).toContain('(no name given),Diagnosis quiz,q255888,Diagnosis quiz,2026-11-27T09:20:00Z,80,4,5,1,41.5');
    expect(csv.endsWith('\r\n')).toBe(true);
    const summary = summaryCsv(results).trimEnd().split('\r\n');
    expect(summary[0]).toBe(
      'learner,tests taken,average score %,last step test %,last whole-fix test %,last quiz %,last test at',
    );
    expect(summary[2]).toBe('ana,2,70,50,90,,2026-11-27T09:10:00Z');
  });
});
