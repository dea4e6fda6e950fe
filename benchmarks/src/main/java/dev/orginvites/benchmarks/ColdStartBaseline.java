package dev.orginvites.benchmarks;

import dev.orginvites.wnology.model.OrgInvitationInfo;
import java.io.IOException;
import okhttp3.OkHttpClient;

/**
 * A fresh JVM's first WEGnology look-up through the hand-written {@link Baseline}. Launched by {@link ColdStart};
 * prints the same line as {@link ColdStartSdk}.
 */
public final class ColdStartBaseline {
  private ColdStartBaseline() {}

  public static void main(String[] args) throws IOException {
    long start = System.nanoTime();
    OkHttpClient client = Baseline.httpClient(null);
    Baseline baseline = new Baseline(client, args[0], args[0], "unused");
    OrgInvitationInfo info = baseline.get(ColdStart.TOKEN, ColdStart.EMAIL);
    long inMain = System.nanoTime() - start;
    System.out.println(ColdStart.DONE + " " + inMain + " " + info.getOrgName());
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
