// Run by maven-invoker-plugin after the consumer's build passed: its output must be clean too.
def log = new File(basedir, 'build.log').text
def problems = []
log.eachLine { line ->
  if (line.contains('SLF4J')) problems << "SLF4J output: ${line}"
  if (line.startsWith('WARNING:') || line.contains('[WARNING]')) problems << "warning: ${line}"
}
if (!(log =~ /Tests run: [1-9]\d*, Failures: 0, Errors: 0, Skipped: 0/)) {
  problems << 'no passing test run found in the log'
}
if (!problems.isEmpty()) {
  throw new AssertionError("consumer check: " + problems.join('\n'))
}
return true
