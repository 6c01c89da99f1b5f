package io.gatehouse.lambda.deploy;

import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a CloudFormation template written in YAML, with its short-form tags ({@code !Ref}, {@code
 * !GetAtt}, {@code !Sub} and the other {@code !Fn}) turned into the long form ({@code {"Ref": x}},
 * {@code {"Fn::GetAtt": [resource, attribute]}}), so checks need to know only one form.
 */
final class CloudFormationYaml {
  private CloudFormationYaml() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> parse(String text) {
    return (Map<String, Object>) new Yaml(new TagConstructor()).load(text);
  }

  private static final class TagConstructor extends SafeConstructor {
    TagConstructor() {
      super(new LoaderOptions());
      yamlMultiConstructors.put("!", new ShortForm());
    }

    private final class ShortForm extends AbstractConstruct {
      @Override
      public Object construct(Node node) {
        String name = node.getTag().getValue().substring(1);
        String key = name.equals("Ref") || name.equals("Condition") ? name : "Fn::" + name;
        Object value;
        if (node instanceof ScalarNode scalar) {
          value = constructScalar(scalar);
          if (name.equals("GetAtt")) {
            String text = (String) value;
            int dot = text.indexOf('.');
            value = List.of(text.substring(0, dot), text.substring(dot + 1));
          }
        } else if (node instanceof SequenceNode sequence) {
          value = constructSequence(sequence);
        } else {
          value = constructMapping((MappingNode) node);
        }
        return Map.of(key, value);
      }
    }
  }
}
