package dev.orginvites.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time the benchmark JVM spent per operation (all its threads: caller, OkHttp, GC, JIT, and in the loopback
 * benchmarks the server). Wall time per op swings when other processes share the machine; CPU time per op
 * mostly does not, so it backs up a time ratio measured on a busy machine.
 */
public final class CpuTimeProfiler implements InternalProfiler {
  static final String RESULT = "cpu.time.norm";

  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long startCpuNanos;

  @Override
  public String getDescription() {
    return "JVM process CPU time per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    startCpuNanos = os.getProcessCpuTime();
  }

  // Raw Result: the signature JMH's InternalProfiler declares.
  @Override
  @SuppressWarnings("rawtypes")
  public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
      IterationParams iterationParams, IterationResult result) {
    long cpuNanos = os.getProcessCpuTime() - startCpuNanos;
    long ops = result.getMetadata().getAllOps();
    double perOp = ops == 0 ? Double.NaN : (double) cpuNanos / ops;
    return List.of(new ScalarResult(RESULT, perOp, "ns/op", AggregationPolicy.AVG));
  }
}
