/**
 * Runs the integration files in a stable order with the security suite last: its authorization
 * matrix sends some thousand refused mutations, each audited, and that burst on the audit topic
 * should not sit in front of other files' events.
 */
const Sequencer = require('@jest/test-sequencer').default;

class SecurityLastSequencer extends Sequencer {
  sort(tests) {
    const last = (t) => (/security\.test\.ts$/.test(t.path) ? 1 : 0);
    return [...super.sort(tests)].sort((a, b) => last(a) - last(b));
  }
}

module.exports = SecurityLastSequencer;
