package dev.orginvites.benchmarks;

import dev.orginvites.wnology.WnologyClient;
import dev.orginvites.wnology.model.OrgInvitationInfo;

/**
 * A fresh JVM's first WEGnology look-up through the SDK. Launched by {@link ColdStart}; prints
 * {@value ColdStart#DONE} and the nanoseconds spent in {@code main} once the call has completed.
 */
public final class ColdStartSdk {
  private ColdStartSdk() {}

  public static void main(String[] args) {
    long start = System.nanoTime();
    try (WnologyClient client = WnologyClient.builder().baseUrl(args[0]).build()) {
      OrgInvitationInfo info = client.invites().get(ColdStart.TOKEN, ColdStart.EMAIL);
      long inMain = System.nanoTime() - start;
      System.out.println(ColdStart.DONE + " " + inMain + " " + info.getOrgName());
    }
  }
}
