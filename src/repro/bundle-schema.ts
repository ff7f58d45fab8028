/**
 * The bug bundle's JSON Schema (draft 2020-12), version 1. The same object is checked in as
 * schema/fake-wx-bundle.schema.json (test/repro/bundle-schema.test.ts keeps them equal; regenerate with
 * `npm run generate:bundle-schema`), and validate-bundle.ts checks a bundle against it on load.
 * Add a field: add it here (optional, so version 1 bundles still load); change a meaning: bump BUNDLE_VERSION.
 */
export const BUNDLE_FORMAT = 'fake-wx-bundle'
export const BUNDLE_VERSION = 1

const headers = { type: 'array', items: { type: 'object', required: ['name', 'value'], properties: { name: { type: 'string' }, value: { type: 'string' } } } }
const jsonArgs = { type: 'array', description: 'The arguments of the call, as JSON.' }
const stepCommon = {
  args: jsonArgs,
  at: { type: 'integer', minimum: 0, description: 'Trace length when the step started.' },
  end: { type: 'integer', minimum: 0, description: 'Trace length when it was done; absent while it still ran.' },
  doneBefore: { type: 'integer', minimum: 0, description: 'How many steps had started when it was done.' },
  error: { type: 'string', description: 'What it threw or rejected with.' },
}

export const BUNDLE_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:fake-wx:bug-bundle:v1',
  title: 'fake-wx bug bundle',
  description: 'A permission bug as a file: the runtime options, the steps a test drove, every prompt with its answer, the network exchanges and the trace (rt.bundle(); replay with `fake-wx replay FILE`).',
  type: 'object',
  required: ['format', 'version', 'options', 'steps', 'prompts', 'network', 'trace'],
  properties: {
    format: { const: BUNDLE_FORMAT },
    version: { const: BUNDLE_VERSION },
    options: {
      type: 'object',
      description: 'createRuntime options as JSON (functions left out: see `dropped`); app.root is relative to the base the bundle was made with.',
      properties: {
        app: { type: 'object', required: ['root'], properties: { root: { type: 'string', minLength: 1 } } },
      },
    },
    appJson: { type: 'object', description: 'The app.json the runtime read (folder and options merged).' },
    dropped: { type: 'array', items: { type: 'string' }, description: 'Option paths that held functions, left out of the bundle.' },
    unrecordable: {
      type: 'array',
      description: 'Test code the bundle cannot hold (rt.tap(fn), rt.override …), where it ran.',
      items: { type: 'object', required: ['what', 'at'], properties: { what: { type: 'string' }, at: { type: 'integer', minimum: 0 } } },
    },
    steps: {
      type: 'array',
      items: {
        type: 'object',
        required: ['on', 'call', 'args', 'at'],
        discriminator: 'on',
        oneOf: [
          { properties: { on: { const: 'rt' }, call: { type: 'string', minLength: 1 }, ...stepCommon } },
          { required: ['route'], properties: { on: { const: 'page' }, route: { type: 'string', minLength: 1 }, call: { type: 'string', minLength: 1 }, ...stepCommon } },
          {
            required: ['route', 'locator'],
            properties: {
              on: { const: 'element' },
              route: { type: 'string', minLength: 1 },
              locator: {
                type: 'array',
                description: "How the test found the element: [{ by: 'query', arg: '#find' }], queryAll with the match's index, getByText with a text or { regexp, flags }.",
                items: { type: 'object', required: ['by', 'arg'], properties: { by: { enum: ['query', 'queryAll', 'getByText'] }, arg: {}, index: { type: 'integer', minimum: 0 } } },
              },
              call: { type: 'string', minLength: 1 },
              ...stepCommon,
            },
          },
        ],
      },
    },
    prompts: {
      type: 'array',
      items: {
        type: 'object',
        required: ['kind', 'api'],
        properties: {
          kind: { type: 'string', minLength: 1 },
          scope: { type: 'string' },
          api: { type: 'string' },
          details: {},
          answer: { description: 'The answer it got; absent when nobody answered.' },
          by: { enum: ['standing', 'test', 'scenario'] },
        },
      },
    },
    network: {
      type: 'object',
      required: ['entries'],
      description: 'HAR-like: one entry per wx.request / uploadFile / downloadFile exchange, in the order they were sent.',
      properties: {
        entries: {
          type: 'array',
          items: {
            type: 'object',
            required: ['api', 'startedDateTime', 'request'],
            properties: {
              api: { enum: ['request', 'uploadFile', 'downloadFile'] },
              startedDateTime: { type: 'string' },
              time: { type: 'number', minimum: 0 },
              request: {
                type: 'object',
                required: ['method', 'url', 'headers'],
                properties: {
                  method: { type: 'string', minLength: 1 },
                  url: { type: 'string', minLength: 1 },
                  headers,
                  postData: { type: 'object', properties: { mimeType: { type: 'string' }, text: { type: 'string' }, encoding: { const: 'base64' } } },
                },
              },
              response: {
                type: 'object',
                required: ['status', 'headers', 'content'],
                properties: {
                  status: { type: 'integer', minimum: 0 },
                  headers,
                  cookies: { type: 'array', items: { type: 'string' } },
                  content: {
                    type: 'object',
                    required: ['size', 'text'],
                    properties: { size: { type: 'integer', minimum: 0 }, mimeType: { type: 'string' }, text: { type: 'string' }, encoding: { const: 'base64' } },
                  },
                },
              },
              error: { type: 'string', description: "No response: 'abort', 'timeout' or the network failure's message." },
            },
          },
        },
      },
    },
    trace: {
      type: 'array',
      description: 'rt.trace as JSON (functions as "[Function]", bytes as a marker).',
      items: { type: 'object', required: ['type', 'seq', 'time'], properties: { type: { type: 'string' }, seq: { type: 'integer', minimum: 1 }, time: { type: 'number' } } },
    },
  },
} as const
