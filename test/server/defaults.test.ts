// The size default outside the model (kept apart so the client bundle does not pull in
// the model) must be the model's own: one value, written in two places, checked here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_MAX_FILE_SIZE as outside } from '../../server/src/defaults';
import { DEFAULT_MAX_FILE_SIZE as model } from '../../server/src/model';

test('the server and CLI size default is the model\'s, 10,000,000 bytes as the spec says', () => {
  assert.equal(outside, model);
  assert.equal(model, 10_000_000);
});
