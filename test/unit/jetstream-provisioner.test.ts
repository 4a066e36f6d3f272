import { expect } from 'chai';
import { NatsError, RetentionPolicy, type JetStreamManager, type StreamInfo } from 'nats';
import { StreamConfigError } from '../../bus/bus.js';
import { JetStreamProvisioner } from '../../bus/jetstream-provisioner.js';

const SPEC = { name: 'PL_ACTOR', subjects: ['pl.actor.>'] };

function apiError(errCode: number, description: string): NatsError {
  const error = new NatsError(description, '400');
  error.api_error = { code: 400, err_code: errCode, description };
  return error;
}

const NOT_FOUND = () => apiError(10059, 'stream not found');
const NAME_IN_USE = () => apiError(10058, 'stream name already in use with a different configuration');
const OVERLAP = () => apiError(10065, 'subjects overlap with an existing stream');

/**
 * A JetStream manager whose stream does not exist when first asked for; `add` fails with
 * `addError`, after which the stream exists when `createdMeanwhile` (another process made it).
 */
function racingManager(addError: NatsError, createdMeanwhile: boolean): { jsm: JetStreamManager; updates: number } {
  let infoCalls = 0;
  const state = { updates: 0 };
  const existing = { config: { name: SPEC.name, subjects: [...SPEC.subjects], retention: RetentionPolicy.Workqueue } } as unknown as StreamInfo;
  const jsm = {
    streams: {
      info: async () => {
        infoCalls += 1;
        if (infoCalls === 1 || !createdMeanwhile) throw NOT_FOUND();
        return existing;
      },
      add: async () => {
        throw addError;
      },
      update: async () => {
        state.updates += 1;
        return existing;
      },
    },
  } as unknown as JetStreamManager;
  return {
    jsm,
    get updates() {
      return state.updates;
    },
  };
}

describe('JetStreamProvisioner.ensureStream when another process creates the same stream at the same moment', () => {
  const cases: { what: string; addError: () => NatsError; createdMeanwhile: boolean; resolves: boolean }[] = [
    { what: 'the create fails as "name in use" and the stream is there', addError: NAME_IN_USE, createdMeanwhile: true, resolves: true },
    // Seen in CI: two gateways starting together, nats-server 2.9.
    { what: 'the create fails as "subjects overlap" and the stream of that name is there', addError: OVERLAP, createdMeanwhile: true, resolves: true },
    { what: 'the subjects overlap a stream of another name', addError: OVERLAP, createdMeanwhile: false, resolves: false },
  ];
  for (const { what, addError, createdMeanwhile, resolves } of cases) {
    it(`${resolves ? 'uses the stream' : 'refuses with StreamConfigError'} when ${what}`, async () => {
      const manager = racingManager(addError(), createdMeanwhile);
      const provisioner = new JetStreamProvisioner(manager.jsm);
      let caught: unknown;
      await provisioner.ensureStream(SPEC).catch((error: unknown) => {
        caught = error;
      });
      if (resolves) {
        expect(caught).to.equal(undefined);
        expect(manager.updates, 'same subjects: nothing to update').to.equal(0);
      } else {
        expect(caught).to.be.instanceOf(StreamConfigError);
        expect(String(caught)).to.include('subjects overlap');
      }
    });
  }
});
