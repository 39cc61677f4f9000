// The node test environment, minus the workflow commands that @actions/core prints in process
// ("::add-mask::<token>", "::debug::..."): they look like leaked tokens in test output. They are
// held per test and printed only when that test fails, where they help.
const { TestEnvironment } = require('jest-environment-node');

const COMMAND = /^::[a-z-]+(?: [^:]*)?::/;

class QuietEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.held = [];
    const stdout = process.stdout;
    this.restore = stdout.write;
    const write = stdout.write.bind(stdout);
    stdout.write = (chunk, ...rest) => {
      if (typeof chunk === 'string' && COMMAND.test(chunk)) {
        this.held.push(chunk);
        return true;
      }
      return write(chunk, ...rest);
    };
  }

  async handleTestEvent(event) {
    if (event.name === 'test_start') this.held = [];
    if (event.name === 'test_done' && event.test.errors.length > 0 && this.held.length > 0) {
      this.restore.call(process.stdout, `workflow commands printed by the failed test "${event.test.name}":\n${this.held.join('')}`);
    }
  }

  async teardown() {
    process.stdout.write = this.restore;
    await super.teardown();
  }
}

module.exports = QuietEnvironment;
