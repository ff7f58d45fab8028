/**
 * fake-wx: a faithful, headless WeChat Mini Program `wx` runtime for Node tests.
 * This file is the whole public surface.
 */
export { createRuntime } from './runtime/create-runtime.ts'
export type { FakeWx, Runtime, RuntimeOptions } from './runtime/create-runtime.ts'
export { SCOPE_TABLE, SCOPES } from './runtime/auth/scope-table.ts'
export type { Scope, ScopeRow, AskMode } from './runtime/auth/scope-table.ts'
export type { AuthState } from './runtime/auth/auth-store.ts'
export type { Platform } from './runtime/device/platforms.ts'
export type { Position } from './runtime/device/position.ts'
export type { EnvVersion } from './runtime/device/device.ts'
export type { AppJson, FidelityOptions } from './runtime/config.ts'
export type { Prompt, PromptRecord, UserAnswers, OnUnansweredPrompt } from './runtime/user/simulated-user.ts'
export type { PromptKind, PromptKinds, ChosenPlace } from './runtime/user/prompt-kinds.ts'
export type { TraceEntry, TraceEvent } from './runtime/trace/trace-events.ts'
export type { Clock } from './runtime/clock.ts'
export { FakeWxError, UnansweredPromptError } from './runtime/errors/fake-wx-error.ts'
export { PRESETS, PRESET_NAMES } from './scenarios/presets.ts'
export type { PresetName } from './scenarios/presets.ts'
export type { Scenario, HistoryStep } from './scenarios/scenario.ts'
export { validateScenario } from './scenarios/resolve-scenario.ts'
