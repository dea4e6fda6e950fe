package dev.orginvites.examples;

import dev.orginvites.core.InviteExpiredException;
import dev.orginvites.core.InviteNotFoundException;
import dev.orginvites.core.Page;
import dev.orginvites.testkit.Sandbox;
import dev.orginvites.testkit.SandboxFixtures;
import dev.orginvites.testkit.Violation;
import dev.orginvites.wapikit.AcceptedInvite;
import dev.orginvites.wapikit.WapikitClient;
import dev.orginvites.wapikit.model.AccessLevel;
import dev.orginvites.wapikit.model.OrganizationMemberInvite;
import dev.orginvites.wnology.InviteLink;
import dev.orginvites.wnology.WnologyClient;
import dev.orginvites.wnology.WnologyOrg;
import dev.orginvites.wnology.model.InviteRole;
import dev.orginvites.wnology.model.OrgInvitationInfo;
import dev.orginvites.wnology.model.OrgInvitationResult;
import dev.orginvites.wnology.model.OrgInvite;
import dev.orginvites.wnology.model.OrgMember;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Walks the invite flows against an in-process sandbox, narrating each call and its outcome: a WEGnology invite
 * link answered, a WEGnology organization inviting someone who accepts, and a WapiKit admin inviting a member.
 */
@Command(
    name = "demo",
    description = "Walk both invite flows against an in-process sandbox (no network needed).",
    footerHeading = Examples.HEADING,
    footer = {"  invites demo"})
final class DemoCommand implements Callable<Integer> {
  @Mixin HelpOption help;

  /** A second WEGnology invite, seeded for the reject step. */
  static final String SECOND_TOKEN = "second-token";

  /** The person the WapiKit admin invites in the demo. */
  static final String NEW_MEMBER = "new.member@example.com";

  /** The person the WEGnology organization invites in the demo. */
  static final String NEW_COLLEAGUE = "new.colleague@example.com";

  private final CliContext context;

  DemoCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    PrintWriter out = context.out();
    try (Sandbox sandbox = Sandbox.withDemoFixtures()) {
      out.println("Sandbox on port " + sandbox.port() + " with the demo fixtures (see 'invites sandbox').");
      out.println();
      wnology(sandbox, out);
      out.println();
      wnologyOrganization(sandbox, out);
      out.println();
      wapikit(sandbox, out);
      out.println();
      return specCheck(sandbox, out);
    } finally {
      out.flush();
    }
  }

  private void wnology(Sandbox sandbox, PrintWriter out) {
    out.println("== WEGnology: an invite link arrives ==");
    String url =
        "https://app.wnology.io/invites?token="
            + SandboxFixtures.DEMO_TOKEN
            + "&email="
            + URLEncoder.encode(SandboxFixtures.DEMO_EMAIL, StandardCharsets.UTF_8);
    out.println("Link      " + url);
    try (WnologyClient client = WnologyClient.builder().baseUrl(sandbox.wnologyBaseUrl()).build()) {
      InviteLink link = InviteLink.parse(url);

      OrgInvitationInfo info = client.invites().get(link);
      out.println(
          "Look up   " + info.getOrgName() + " invites " + info.getEmail() + " as " + info.getRoleRaw());

      OrgInvitationResult accepted = client.invites().accept(link);
      out.println("Accept    accepted=" + accepted.getAccepted() + ", joined organization " + accepted.getOrgId());

      sandbox.wnology().seedInvite(SECOND_TOKEN, SandboxFixtures.DEMO_EMAIL);
      OrgInvitationResult rejected = client.invites().reject(SECOND_TOKEN, SandboxFixtures.DEMO_EMAIL);
      out.println("Reject    a second invite: accepted=" + rejected.getAccepted());

      try {
        client.invites().get(link);
        out.println("Again     unexpectedly still there");
      } catch (InviteNotFoundException gone) {
        out.println("Again     InviteNotFoundException (" + gone.statusCode() + "): an answered invite is gone");
      }

      try {
        client.invites().get(SandboxFixtures.EXPIRED_TOKEN, SandboxFixtures.DEMO_EMAIL);
        out.println("Expired   unexpectedly still valid");
      } catch (InviteExpiredException expired) {
        out.println("Expired   InviteExpiredException (" + expired.statusCode() + "): ask for a new invite");
      }
    }
  }

  private void wnologyOrganization(Sandbox sandbox, PrintWriter out) {
    out.println("== WEGnology: the organization invites a colleague ==");
    try (WnologyClient client = WnologyClient.builder()
        .baseUrl(sandbox.wnologyBaseUrl())
        .apiToken(SandboxFixtures.API_TOKEN)
        .build()) {
      WnologyOrg org = client.org(SandboxFixtures.DEMO_ORG_ID);

      OrgInvite invite = org.invites().send(NEW_COLLEAGUE, InviteRole.COLLABORATE);
      out.println(
          "Invite    "
              + invite.getEmail()
              + " as "
              + invite.getRoleRaw()
              + invite.expiresAt().map(at -> ", valid until " + at).orElse(""));

      // The real service emails the link; the sandbox keeps the email in its outbox.
      String url = sandbox.outbox().latestFor(NEW_COLLEAGUE).orElseThrow().link();
      InviteLink link = InviteLink.parse(url);
      out.println("Outbox    a link for " + link.email() + " (" + url.substring(0, url.indexOf('?')) + "?token=***&...)");

      OrgInvitationResult accepted = client.invites().accept(link);
      out.println("Accept    the colleague follows the link: accepted=" + accepted.getAccepted());

      List<OrgMember> members = org.members().list();
      out.println("Members   " + members.size() + " member(s) of " + SandboxFixtures.DEMO_ORG_NAME + ":");
      for (OrgMember member : members) {
        out.println("          " + Views.row(member));
      }
    }
  }

  private void wapikit(Sandbox sandbox, PrintWriter out) {
    out.println("== WapiKit: an admin invites a member ==");
    try (WapikitClient client =
        WapikitClient.builder().baseUrl(sandbox.wapikitBaseUrl()).apiKey(SandboxFixtures.API_KEY).build()) {
      OrganizationMemberInvite created = client.invites().create(NEW_MEMBER, AccessLevel.MEMBER);
      out.println(
          "Create    "
              + created.getEmail()
              + " as "
              + created.getAccessLevelRaw()
              + ": "
              + created.getStatusRaw());

      Page<OrganizationMemberInvite> page = client.invites().list(1, 50);
      out.println("List      page " + page.page() + ", " + page.items().size() + " invite(s):");
      for (OrganizationMemberInvite invite : page.items()) {
        out.println("          " + Views.row(invite));
      }

      // The real service emails the slug to the invited person; the sandbox hands it to us instead.
      String slug = sandbox.wapikit().slugFor(NEW_MEMBER).orElseThrow();
      OrganizationMemberInvite found = client.invites().get(slug);
      out.println("Look up   slug " + slug + ": " + found.getEmail() + " " + found.getStatusRaw());

      AcceptedInvite accepted = client.invites().accept(slug);
      out.println("Accept    " + Views.text(accepted));
      out.println("Now       " + client.invites().get(slug).getStatusRaw());
    }
  }

  private int specCheck(Sandbox sandbox, PrintWriter out) {
    int requests = sandbox.wnology().requestCount() + sandbox.wapikit().requestCount();
    List<Violation> violations = sandbox.violations();
    out.println("Spec check: " + requests + " requests, " + violations.size() + " OpenAPI violation(s)");
    violations.forEach(violation -> out.println("  " + violation));
    return violations.isEmpty() ? ExitCodes.OK : ExitCodes.UNEXPECTED;
  }
}
