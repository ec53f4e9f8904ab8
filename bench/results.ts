// The shape of bench/results/latest.json: one run's measurements, notes and targets.
import type { ArgdownResult } from './argdown';
import type { MapResult } from './map';
import type { PoolRow } from './pool';
import type { ProfileSummary } from './profile';
import type { RequestsResult } from './requests';
import type { SoakResult } from './soak';
import type { Memory, Summary } from './stats';
import type { EditKind } from './edits';
import type { WorkspaceResult } from './workspace';
import type { WorstResult } from './worst';

export interface ModelResult {
  bare?: Summary;
  argmap?: Summary;
  bareCpu?: Summary;
  argmapCpu?: Summary;
  /** argmap analysis median / bare parse median (wall clock). */
  ratio?: number;
  /** The same in CPU time. */
  ratioCpu?: number;
  analysis?: { nodes: number; edges: number; diagnostics: number };
}

export interface ArgdownRow {
  bytes: number;
  parseAndModel: Summary;
  parseAndModelCpu: Summary;
  model: ArgdownResult;
}

export interface ServerResult {
  open: Summary;
  /** p50 = median, p95 as named. */
  keystroke: Summary;
  /** The server process's CPU time (all threads) for each open and each keystroke. */
  openCpu: Summary;
  keystrokeCpu: Summary;
  keystrokeByPlace: Record<string, Summary>;
  /** Realistic edits (100KB, 1MB, 5MB only): each step's latency by kind, and the mix. */
  edits?: EditsResult;
  places: Record<string, { line: number; character: number }>;
  diagnostics: number;
  openRatio?: number;
  keystrokeP50Ratio?: number;
  keystrokeP95Ratio?: number;
  /** The ratios in CPU time: server CPU per open / keystroke over the bare parse's CPU. */
  openRatioCpu?: number;
  keystrokeP50RatioCpu?: number;
  keystrokeP95RatioCpu?: number;
  hover?: Summary;
  documentSymbol?: Summary;
  symbols?: number;
  /** Every request of editing.md (the 1 MB input only). */
  requests?: RequestsResult;
  /** Right after the first open. */
  memoryAfterOpen?: Memory;
  /** After the keystrokes (and hover and outline) with the file open: VmHWM is the peak with it open. */
  memoryWithFileOpen?: Memory;
  /** VmRSS and VmHWM after each step of the session. */
  memorySteps?: Record<string, Memory | undefined>;
  profile?: ProfileSummary;
  unversionedPublishes?: number;
}

export interface ConcurrencyResult {
  /** The 5 MB (or largest) input being analysed. */
  input: string;
  hover: Summary;
  bigDiagnostics: Summary;
  /** How many hovers came back before the big file's diagnostics. */
  hoverFirst: number;
  runs: number;
  hoverHadContent: boolean;
}

export interface Target {
  id: string;
  text: string;
  /** From wall-clock times: what the target is judged on. */
  value?: number;
  /** The same ratio from CPU times, for a busy machine. */
  cpuValue?: number;
  limit: number;
  /** Strict `<` instead of `≤`. */
  strict?: boolean;
  /** `ms` when value and limit are milliseconds, not a ratio. */
  unit?: 'ms';
  /** Where the target comes from (docs/bench.md, spec editing.md, issue 12). */
  source: string;
  met: boolean | null;
}

export interface Results {
  date: string;
  commit?: string;
  /** Tracked files that differed from the commit when the run started (the run measured them as they were). */
  uncommitted?: string[];
  /** True when tracked files differed from `commit` (then `uncommitted` lists them): the numbers are not that commit's. */
  dirty: boolean;
  node: string;
  platform: string;
  cpus: number;
  cpuModel: string;
  /** 1-minute load average at the start and the end: other work on the machine skews every number. */
  loadAverage: { start: number; end?: number };
  quick: boolean;
  notes: string[];
  inputs: { name: string; bytes: number; lines: number; argdownBytes?: number; shape?: string }[];
  model: Record<string, ModelResult>;
  argdown: Record<string, ArgdownRow>;
  server: Record<string, ServerResult>;
  concurrency?: ConcurrencyResult;
  markdownIt?: { input: string; ms: number; tokens: number; vmRSS: number; vmHWM: number };
  map?: MapResult;
  soak?: SoakResult;
  /** The 2,000-file workspace (100 under --quick): bench/workspace.ts. */
  workspace?: WorkspaceResult;
  /** Open → diagnostics and `argmap check` of many files, with the parse workers and without (bench/pool.ts). */
  pool?: PoolRow[];
  /** Issue 12's worst cases at their own sizes (bench/worst.ts). */
  worst?: WorstResult;
  targets: Target[];
  durationSeconds: number;
}

export interface EditsResult {
  /** Per kind: every step's latency (a label is 11 steps, a fence 2, …). */
  byKind: Partial<Record<EditKind, Summary>>;
  /** The same kinds in a shuffled order, after the separate runs. */
  mix: Summary;
  /** Kinds the document had no place for. */
  skipped: EditKind[];
}

