package io.gatehouse.lambda.deploy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks on a parsed CloudFormation template, each answering the list of what is wrong: references
 * that resolve nowhere, and roles that allow a wildcard action on a wildcard resource. Also lists
 * the handlers the template names.
 */
final class TemplateChecks {
  static final Set<String> PSEUDO_PARAMETERS =
      Set.of(
          "AWS::AccountId",
          "AWS::NotificationARNs",
          "AWS::NoValue",
          "AWS::Partition",
          "AWS::Region",
          "AWS::StackId",
          "AWS::StackName",
          "AWS::URLSuffix");
  private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}!][^}]*)}");

  private final Map<String, Object> template;
  private final Map<String, Object> resources;
  private final Map<String, Object> parameters;
  private final Map<String, Object> conditions;

  @SuppressWarnings("unchecked")
  TemplateChecks(Map<String, Object> template) {
    this.template = template;
    this.resources = (Map<String, Object>) template.getOrDefault("Resources", Map.of());
    this.parameters = (Map<String, Object>) template.getOrDefault("Parameters", Map.of());
    this.conditions = (Map<String, Object>) template.getOrDefault("Conditions", Map.of());
  }

  Map<String, Object> resources() {
    return resources;
  }

  /** Every Ref, GetAtt, Sub variable, DependsOn and condition that names nothing. */
  List<String> unresolvedReferences() {
    List<String> problems = new ArrayList<>();
    walk(template, "", problems);
    resources.forEach(
        (name, body) -> {
          Object dependsOn = ((Map<?, ?>) body).get("DependsOn");
          List<?> targets = dependsOn instanceof List<?> list ? list : List.of();
          if (dependsOn instanceof String single) {
            targets = List.of(single);
          }
          targets.stream()
              .filter(target -> !resources.containsKey(target))
              .forEach(target -> problems.add(name + ".DependsOn: " + target));
          Object condition = ((Map<?, ?>) body).get("Condition");
          if (condition instanceof String c && !conditions.containsKey(c)) {
            problems.add(name + ".Condition: " + c);
          }
        });
    return problems;
  }

  private void walk(Object node, String path, List<String> problems) {
    if (node instanceof Map<?, ?> map) {
      if (map.size() == 1) {
        check(
            map.keySet().iterator().next().toString(),
            map.values().iterator().next(),
            path,
            problems);
      }
      map.forEach((key, value) -> walk(value, path + "/" + key, problems));
    } else if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), path + "[" + i + "]", problems);
      }
    }
  }

  private void check(String function, Object argument, String path, List<String> problems) {
    switch (function) {
      case "Ref" -> {
        String name = String.valueOf(argument);
        if (!resources.containsKey(name)
            && !parameters.containsKey(name)
            && !PSEUDO_PARAMETERS.contains(name)) {
          problems.add(path + ": Ref " + name);
        }
      }
      case "Fn::GetAtt" -> {
        String name = String.valueOf(((List<?>) argument).get(0));
        if (!resources.containsKey(name)) {
          problems.add(path + ": GetAtt " + name);
        }
      }
      case "Fn::Sub" -> checkSub(argument, path, problems);
      case "Fn::If" -> {
        String condition = String.valueOf(((List<?>) argument).get(0));
        if (!conditions.containsKey(condition)) {
          problems.add(path + ": If " + condition);
        }
      }
      default -> {}
    }
  }

  private void checkSub(Object argument, String path, List<String> problems) {
    String text;
    Collection<?> locals = Set.of();
    if (argument instanceof List<?> list) {
      text = String.valueOf(list.get(0));
      locals = ((Map<?, ?>) list.get(1)).keySet();
    } else {
      text = String.valueOf(argument);
    }
    Matcher variables = SUB_VARIABLE.matcher(text);
    while (variables.find()) {
      String variable = variables.group(1);
      String name =
          variable.contains(".") ? variable.substring(0, variable.indexOf('.')) : variable;
      boolean known =
          locals.contains(variable)
              || PSEUDO_PARAMETERS.contains(variable)
              || resources.containsKey(name)
              || (!variable.contains(".") && parameters.containsKey(name));
      if (!known) {
        problems.add(path + ": Sub ${" + variable + "}");
      }
    }
  }

  /**
   * Every circular dependency between resources, through Ref, GetAtt, Sub or DependsOn, which
   * CloudFormation refuses to create; each as the path that closes the circle.
   */
  List<String> dependencyCycles() {
    Map<String, Set<String>> edges = new TreeMap<>();
    resources.forEach((name, body) -> edges.put(name, referencedResources(body)));
    List<String> cycles = new ArrayList<>();
    Set<String> finished = new HashSet<>();
    for (String start : edges.keySet()) {
      visit(start, edges, new LinkedHashSet<>(), finished, cycles);
    }
    return cycles;
  }

  private void visit(
      String name,
      Map<String, Set<String>> edges,
      LinkedHashSet<String> path,
      Set<String> finished,
      List<String> cycles) {
    if (finished.contains(name)) {
      return;
    }
    if (!path.add(name)) {
      List<String> trail = new ArrayList<>(path);
      cycles.add(
          String.join(" -> ", trail.subList(trail.indexOf(name), trail.size())) + " -> " + name);
      return;
    }
    for (String next : edges.getOrDefault(name, Set.of())) {
      visit(next, edges, path, finished, cycles);
    }
    path.remove(name);
    finished.add(name);
  }

  private Set<String> referencedResources(Object body) {
    Set<String> found = new TreeSet<>();
    collectReferences(body, found);
    Object dependsOn = ((Map<?, ?>) body).get("DependsOn");
    asList(dependsOn).forEach(target -> found.add(String.valueOf(target)));
    found.retainAll(resources.keySet());
    return found;
  }

  private static void collectReferences(Object node, Set<String> found) {
    if (node instanceof Map<?, ?> map) {
      if (map.size() == 1) {
        String function = map.keySet().iterator().next().toString();
        Object argument = map.values().iterator().next();
        if (function.equals("Ref")) {
          found.add(String.valueOf(argument));
        } else if (function.equals("Fn::GetAtt")) {
          found.add(String.valueOf(((List<?>) argument).get(0)));
        } else if (function.equals("Fn::Sub")) {
          String text = String.valueOf(argument instanceof List<?> l ? l.get(0) : argument);
          Matcher variables = SUB_VARIABLE.matcher(text);
          while (variables.find()) {
            found.add(variables.group(1).split("\\.")[0]);
          }
        }
      }
      map.values().forEach(value -> collectReferences(value, found));
    } else if (node instanceof List<?> list) {
      list.forEach(value -> collectReferences(value, found));
    }
  }

  /** Every IAM statement that allows a wildcard action on a wildcard resource. */
  List<String> wildcardGrants() {
    List<String> problems = new ArrayList<>();
    resources.forEach(
        (name, body) -> {
          Map<?, ?> resource = (Map<?, ?>) body;
          String type = String.valueOf(resource.get("Type"));
          Map<?, ?> properties = (Map<?, ?>) resource.get("Properties");
          if (properties == null) {
            return;
          }
          List<Object> documents = new ArrayList<>();
          if (type.equals("AWS::IAM::Role") && properties.get("Policies") instanceof List<?> ps) {
            ps.forEach(p -> documents.add(((Map<?, ?>) p).get("PolicyDocument")));
          }
          if (type.equals("AWS::IAM::Policy") || type.equals("AWS::IAM::ManagedPolicy")) {
            documents.add(properties.get("PolicyDocument"));
          }
          for (Object document : documents) {
            for (Object statement : asList(((Map<?, ?>) document).get("Statement"))) {
              Map<?, ?> s = (Map<?, ?>) statement;
              boolean allows = "Allow".equals(s.get("Effect"));
              boolean anyAction =
                  asList(s.get("Action")).stream().anyMatch(a -> String.valueOf(a).contains("*"));
              boolean anyResource = asList(s.get("Resource")).stream().anyMatch("*"::equals);
              if (allows && anyAction && anyResource) {
                problems.add(name + ": " + s.get("Action") + " on *");
              }
            }
          }
        });
    return problems;
  }

  /** Every handler a Lambda function names, as {@code class::method}, by function. */
  List<String> handlers() {
    List<String> handlers = new ArrayList<>();
    resources.values().stream()
        .map(Map.class::cast)
        .filter(resource -> "AWS::Lambda::Function".equals(resource.get("Type")))
        .forEach(resource -> collectHandlers(resource.get("Properties"), handlers));
    return handlers;
  }

  private static void collectHandlers(Object node, List<String> handlers) {
    if (node instanceof String text && text.matches("[a-z][\\w.]*\\.[A-Z]\\w*::\\w+")) {
      handlers.add(text);
    } else if (node instanceof Map<?, ?> map) {
      map.values().forEach(value -> collectHandlers(value, handlers));
    } else if (node instanceof List<?> list) {
      list.forEach(value -> collectHandlers(value, handlers));
    }
  }

  private static List<?> asList(Object value) {
    return value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
  }
}
