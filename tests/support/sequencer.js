/**
 * Runs the integration files in a stable order with the security suite last but one: its
 * authorization matrix sends some thousand refused mutations, each audited, and that burst on the
 * audit topic should not sit in front of other files' events. The whole-run personal-data check
 * comes after everything, so it sees every event and log line the run wrote.
 */
const Sequencer = require('@jest/test-sequencer').default;

const rank = (t) => (/pii-whole-run\.test\.ts$/.test(t.path) ? 2 : /security\.test\.ts$/.test(t.path) ? 1 : 0);

class SecurityLastSequencer extends Sequencer {
  sort(tests) {
    return [...super.sort(tests)].sort((a, b) => rank(a) - rank(b));
  }
}

module.exports = SecurityLastSequencer;
