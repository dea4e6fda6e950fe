package dev.orginvites.examples;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orginvites.wnology.SendOptions;
import dev.orginvites.wnology.WnologyClient;
import dev.orginvites.wnology.WnologyOrg;
import dev.orginvites.wnology.model.InviteRole;
import dev.orginvites.wnology.model.OrgInvite;
import dev.orginvites.wnology.model.OrgMember;
import dev.orginvites.wnology.model.Organization;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code invites wnology org invite|pending|revoke|members|set-role|remove|bulk}: the organization's side of WEGnology's
 * invites, with an API token from {@code --api-token} or {@code WNOLOGY_API_TOKEN}.
 */
@Subcommands({
  WnologyOrgCommand.Invite.class,
  WnologyOrgCommand.Pending.class,
  WnologyOrgCommand.Revoke.class,
  WnologyOrgCommand.Members.class,
  WnologyOrgCommand.SetRole.class,
  WnologyOrgCommand.Remove.class,
  WnologyOrgCommand.Bulk.class
})
@Command(
    name = "org",
    description = "A WEGnology organization's invites and members (API token from --api-token or WNOLOGY_API_TOKEN).",
    footerHeading = Examples.HEADING,
    footer = {
      "  # Against 'invites sandbox' on its default port:",
      "  invites wnology org pending --base-url http://127.0.0.1:8080/wnology \\",
      "      --api-token sandbox-token --org 5e8f8c1b2a3d4e5f6a7b8c9d",
      "  # The API token can come from the environment instead:",
      "  WNOLOGY_API_TOKEN=sandbox-token invites wnology org members \\",
      "      --base-url http://127.0.0.1:8080/wnology --org 5e8f8c1b2a3d4e5f6a7b8c9d"
    })
final class WnologyOrgCommand extends CommandGroup {
  static final String API_TOKEN_ENV = WnologyClient.API_TOKEN_VARIABLE;

  /** What every organization command shares: the organization, the options, the token and a client from them. */
  abstract static class Action implements Callable<Integer> {
    @Option(
        names = "--org",
        required = true,
        paramLabel = "ID",
        converter = TextConverters.WnologyId.class,
        description = "The organization's id (24 hexadecimal characters).")
    String orgId;

    @Option(
        names = "--base-url",
        paramLabel = "URL",
        defaultValue = WnologyClient.DEFAULT_BASE_URL,
        converter = BaseUrlConverter.Wnology.class,
        description = {"Service base URL, e.g. a sandbox's.", "Default: ${DEFAULT-VALUE}"})
    String baseUrl;

    @Mixin ServiceOptions options;

    @Option(
        names = "--api-token",
        paramLabel = "T",
        converter = TextConverters.ApiToken.class,
        description = "API token sent as 'Authorization: Bearer' (default: $" + API_TOKEN_ENV + ").")
    String apiToken;

    @Mixin HelpOption help;

    final CliContext context;

    Action(CliContext context) {
      this.context = context;
    }

    @Override
    public final Integer call() {
      String token = Credential.resolve(context, apiToken, "API token", "--api-token", API_TOKEN_ENV, baseUrl);
      WnologyClient.Builder builder = WnologyClient.builder().apiToken(token);
      options.configure(builder, baseUrl, context);
      WnologyClient client = Credential.build(builder::build);
      try (client) {
        return exitCode(client.org(orgId));
      }
    }

    /** Runs the command; its exit code (0 unless the command says otherwise, see {@code bulk}). */
    int exitCode(WnologyOrg org) {
      run(org);
      return ExitCodes.OK;
    }

    abstract void run(WnologyOrg org);
  }

  /** {@code invites wnology org invite}. */
  @Command(
      name = "invite",
      description = "Invite a person into the organization; WEGnology emails them the invite link.",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port:",
        "  invites wnology org invite --base-url http://127.0.0.1:8080/wnology \\",
        "      --api-token sandbox-token --org 5e8f8c1b2a3d4e5f6a7b8c9d \\",
        "      --email ann@example.com --role edit",
        "  WNOLOGY_API_TOKEN=sandbox-token invites wnology org invite \\",
        "      --base-url http://127.0.0.1:8080/wnology --org 5e8f8c1b2a3d4e5f6a7b8c9d \\",
        "      --email bob@example.com --role view --disallow-transfer --json"
      })
  static final class Invite extends Action {
    @Option(
        names = "--email",
        required = true,
        paramLabel = "E",
        converter = TextConverters.Email.class,
        description = "Who to invite.")
    String email;

    @Option(
        names = "--role",
        required = true,
        paramLabel = "admin|edit|collaborate|view|none",
        converter = ChoiceConverter.InviteRoles.class,
        completionCandidates = ChoiceConverter.InviteRoles.class,
        description = "The role they get on accepting: ${COMPLETION-CANDIDATES} (any case).")
    InviteRole role;

    @Option(names = "--disallow-transfer", description = "They may not be made the organization's owner later.")
    boolean disallowTransfer;

    Invite(CliContext context) {
      super(context);
    }

    @Override
    void run(WnologyOrg org) {
      SendOptions sendOptions =
          disallowTransfer ? SendOptions.builder().disallowTransfer(true).build() : SendOptions.none();
      OrgInvite invite = org.invites().send(email, role, sendOptions);
      options.print(
          context,
          Views.json(invite),
          () ->
              context
                  .out()
                  .println(
                      "Invited "
                          + invite.getEmail()
                          + " as "
                          + invite.getRoleRaw()
                          + " (invite "
                          + invite.getId()
                          + invite.expiresAt().map(at -> ", expires " + at).orElse("")
                          + "); WEGnology emails them the link"));
    }
  }

  /** {@code invites wnology org pending}. */
  @Command(
      name = "pending",
      description = "List the organization's pending invites, expired ones included.",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port:",
        "  invites wnology org pending --base-url http://127.0.0.1:8080/wnology \\",
        "      --api-token sandbox-token --org 5e8f8c1b2a3d4e5f6a7b8c9d",
        "  invites wnology org pending --base-url http://127.0.0.1:8080/wnology \\",
        "      --api-token sandbox-token --org 5e8f8c1b2a3d4e5f6a7b8c9d --json"
      })
  static final class Pending extends Action {
    Pending(CliContext context) {
      super(context);
    }

    @Override
    void run(WnologyOrg org) {
      List<OrgInvite> invites = org.invites().pending();
      ObjectNode json = ServiceOptions.object();
      json.set("invites", Views.invitesJson(invites));
      options.print(context, json, () -> {
        context.out().println(Views.inviteHeader());
        invites.forEach(invite -> context.out().println(Views.row(invite)));
        context.out().println(invites.size() + " pending invite(s)");
      });
    }
  }

  /** {@code invites wnology org revoke}. */
  @Command(
      name = "revoke",
      description = "Revoke a pending invite; its link stops working.",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port (the id from 'org pending'):",
        "  invites wnology org revoke --base-url http://127.0.0.1:8080/wnology \\",
        "      --api-token sandbox-token --org 5e8f8c1b2a3d4e5f6a7b8c9d \\",
        "      --invite-id 5e8f8c1b2a3d4e5f6a7b8ca1"
      })
  static final class Revoke extends Action {
    @Option(
        names = "--invite-id",
        required = true,
        paramLabel = "ID",
        converter = TextConverters.WnologyId.class,
        description = "The invite's id, as 'org pending' shows it.")
    String inviteId;

    Revoke(CliContext context) {
      super(context);
    }

    @Override
    void run(WnologyOrg org) {
      List<OrgInvite> left = org.invites().revoke(inviteId);
      ObjectNode json = ServiceOptions.object();
      json.put("revoked", inviteId);
      json.set("invites", Views.invitesJson(left));
      options.print(context, json,
          () -> context.out().println("Revoked invite " + inviteId + "; " + left.size() + " invite(s) still pending"));
    }
  }

  /** {@code invites wnology org members}. */
  @Command(
      name = "members",
      description = "List the organization's members and their roles.",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port:",
        "  invites wnology org members --base-url http://127.0.0.1:8080/wnology \\",
        "      --api-token sandbox-token --org 5e8f8c1b2a3d4e5f6a7b8c9d",
        "  invites wnology org members --base-url http://127.0.0.1:8080/wnology \\",
        "      --api-token sandbox-token --org 5e8f8c1b2a3d4e5f6a7b8c9d --json"
      })
  static final class Members extends Action {
    Members(CliContext context) {
      super(context);
    }

    @Override
    void run(WnologyOrg org) {
      List<OrgMember> members = org.members().list();
      ObjectNode json = ServiceOptions.object();
      json.set("members", Views.membersJson(members));
      options.print(context, json, () -> {
        context.out().println(Views.memberHeader());
        members.forEach(member -> context.out().println(Views.row(member)));
        context.out().println(members.size() + " member(s)");
      });
    }
  }

  /** {@code invites wnology org set-role}. */
  @Command(
      name = "set-role",
      description = "Change a member's organization role.",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port (the user id from 'org members'):",
        "  invites wnology org set-role --base-url http://127.0.0.1:8080/wnology \\",
        "      --api-token sandbox-token --org 5e8f8c1b2a3d4e5f6a7b8c9d \\",
        "      --user-id 5e8f8c1b2a3d4e5f6a7b8cb1 --role edit"
      })
  static final class SetRole extends Action {
    @Option(
        names = "--user-id",
        required = true,
        paramLabel = "ID",
        converter = TextConverters.WnologyId.class,
        description = "The member's user id, as 'org members' shows it.")
    String userId;

    @Option(
        names = "--role",
        required = true,
        paramLabel = "admin|edit|collaborate|view|none",
        converter = ChoiceConverter.InviteRoles.class,
        completionCandidates = ChoiceConverter.InviteRoles.class,
        description = "The new role: ${COMPLETION-CANDIDATES} (any case).")
    InviteRole role;

    SetRole(CliContext context) {
      super(context);
    }

    @Override
    void run(WnologyOrg org) {
      Organization updated = org.members().changeRole(userId, role);
      Optional<OrgMember> member = member(updated, userId);
      ObjectNode json = member.map(Views::json).orElseGet(() -> {
        ObjectNode fallback = ServiceOptions.object();
        fallback.put("userId", userId);
        fallback.put("role", role.getValue());
        return fallback;
      });
      options.print(context, json, () -> context.out().println("Changed the role of "
          + member.map(OrgMember::getEmail).orElse(userId) + " to "
          + member.map(OrgMember::getRoleRaw).orElse(role.getValue())));
    }
  }

  /** {@code invites wnology org remove}. */
  @Command(
      name = "remove",
      description = "Remove a member from the organization.",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port (the user id from 'org members'):",
        "  invites wnology org remove --base-url http://127.0.0.1:8080/wnology \\",
        "      --api-token sandbox-token --org 5e8f8c1b2a3d4e5f6a7b8c9d \\",
        "      --user-id 5e8f8c1b2a3d4e5f6a7b8cb1"
      })
  static final class Remove extends Action {
    @Option(
        names = "--user-id",
        required = true,
        paramLabel = "ID",
        converter = TextConverters.WnologyId.class,
        description = "The member's user id, as 'org members' shows it.")
    String userId;

    Remove(CliContext context) {
      super(context);
    }

    @Override
    void run(WnologyOrg org) {
      Organization updated = org.members().remove(userId);
      List<OrgMember> left = updated.getMembers() == null ? List.of() : updated.getMembers();
      ObjectNode json = ServiceOptions.object();
      json.put("removed", userId);
      json.set("members", Views.membersJson(left));
      options.print(context, json,
          () -> context.out().println("Removed member " + userId + "; " + left.size() + " member(s) left"));
    }
  }

  private static Optional<OrgMember> member(Organization organization, String userId) {
    if (organization.getMembers() == null) {
      return Optional.empty();
    }
    return organization.getMembers().stream()
        .filter(member -> member != null && userId.equalsIgnoreCase(member.getUserId()))
        .findFirst();
  }

  /** {@code invites wnology org bulk}: invite everyone in a CSV file, safe to re-run. */
  @Command(
      name = "bulk",
      description = {
        "Invite every email in a CSV file (first column; a header 'email', blank lines and # comments skipped).",
        "Emails with a pending invite or a member are skipped, sends are paced by the service's rate limit, and an",
        "email is never invited twice, so a run that stopped can simply be run again."
      },
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port:",
        "  invites wnology org bulk --base-url http://127.0.0.1:8080/wnology \\",
        "      --api-token sandbox-token --org 5e8f8c1b2a3d4e5f6a7b8c9d --csv team.csv --role view",
        "  # Progress per email on stderr, the outcome as one JSON object on stdout:",
        "  invites wnology org bulk --base-url http://127.0.0.1:8080/wnology \\",
        "      --api-token sandbox-token --org 5e8f8c1b2a3d4e5f6a7b8c9d --csv team.csv --role edit --json"
      })
  static final class Bulk extends Action {
    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "The CSV file.")
    java.nio.file.Path csv;

    @Option(
        names = "--role",
        required = true,
        paramLabel = "admin|edit|collaborate|view|none",
        converter = ChoiceConverter.InviteRoles.class,
        completionCandidates = ChoiceConverter.InviteRoles.class,
        description = "Role every invited person gets: ${COMPLETION-CANDIDATES} (any case).")
    InviteRole role;

    @Option(names = "--disallow-transfer", description = "The invites may not be passed on to another email.")
    boolean disallowTransfer;

    @Option(names = "--concurrency", paramLabel = "N", converter = WholeNumberConverter.Concurrency.class,
        description = "Invites in flight at once (default: 8). Sends are paced by the service's rate-limit headers.")
    Integer concurrency;

    Bulk(CliContext context) {
      super(context);
    }

    @Override
    int exitCode(WnologyOrg org) {
      List<String> emails = CsvEmails.read(csv);
      BulkView view = new BulkView(context);
      SendOptions send = disallowTransfer ? SendOptions.builder().disallowTransfer(true).build() : SendOptions.none();
      return BulkView.finish(view, org.invites().sendAll(emails, role, send, BulkView.options(concurrency, view)),
          options, context);
    }

    @Override
    void run(WnologyOrg org) {
      throw new IllegalStateException("bulk answers its own exit code");
    }
  }
}
