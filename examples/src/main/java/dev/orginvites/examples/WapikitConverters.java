package dev.orginvites.examples;

import dev.orginvites.wapikit.model.AiModel;
import dev.orginvites.wapikit.model.RolePermission;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters of the WapiKit organization commands' options: ids (one path segment, as the SDK sends them),
 * required texts, and the choices of permissions and AI models. Same checks as the SDK, named by the option.
 */
final class WapikitConverters {
  private WapikitConverters() {}

  /** {@code --id}, {@code --role-id}, {@code --new-owner-id}: one path segment. */
  static final class Id implements CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (value.isBlank()
          || value.equals(".")
          || value.equals("..")
          || value.chars().anyMatch(c -> c == '/' || c == '\\' || Character.isWhitespace(c)
              || Character.isISOControl(c))) {
        throw new TypeConversionException(
            Echo.value(value) + " is not an id (one word: no '/', '\\', spaces or control characters)");
      }
      return value;
    }
  }

  /** {@code --name}, {@code --label} and the like: not blank. */
  static final class Text implements CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (value.isBlank()) {
        throw new TypeConversionException("must not be blank");
      }
      return value;
    }
  }

  /** {@code --permission}: a role permission as the API spells it ({@code Get:Campaign}), any case. */
  static final class RolePermissions extends ChoiceConverter<RolePermission> {
    RolePermissions() {
      super(RolePermission.class);
    }
  }

  /** {@code --ai-model}: an AI model as the API spells it ({@code Gpt4o}), any case. */
  static final class AiModels extends ChoiceConverter<AiModel> {
    AiModels() {
      super(AiModel.class);
    }
  }
}
