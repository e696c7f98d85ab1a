package io.github.rusdialog.internal.json;

import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.Challenge;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Insight;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.Opportunity;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.Response;
import io.github.rusdialog.model.StakeholderGroup;
import io.github.rusdialog.model.StrategicArea;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The model types the Jackson modules carry, each with its writer and reader, so that both modules
 * register the same list.
 */
public final class ModelJsonTypes {
  /** Takes one model type with how it is written and read; a Jackson module's serializer set-up. */
  public interface Registrar {
    /**
     * Registers one type.
     *
     * @param type the model type
     * @param writer writes a value of it
     * @param reader reads a value of it
     * @param <T> the model type
     */
    <T> void register(Class<T> type, BiConsumer<JsonSink, T> writer, Function<ModelJsonReader, T> reader);
  }

  private ModelJsonTypes() {}

  /**
   * Hands every model type with a JSON shape to {@code registrar}.
   *
   * @param registrar the module's registration
   */
  public static void registerAll(Registrar registrar) {
    registrar.register(Dialogue.class, ModelJsonWriter::writeDialogue, ModelJsonReader::readDialogue);
    registrar.register(Meeting.class, ModelJsonWriter::writeMeeting, ModelJsonReader::readMeeting);
    registrar.register(StrategicArea.class, ModelJsonWriter::writeStrategicArea, ModelJsonReader::readStrategicArea);
    registrar.register(StakeholderGroup.class, ModelJsonWriter::writeStakeholderGroup,
        ModelJsonReader::readStakeholderGroup);
    registrar.register(PriorityArea.class, ModelJsonWriter::writePriorityArea, ModelJsonReader::readPriorityArea);
    registrar.register(AreaInput.class, ModelJsonWriter::writeAreaInput, ModelJsonReader::readAreaInput);
    registrar.register(Opportunity.class, ModelJsonWriter::writeItem, ModelJsonReader::readOpportunity);
    registrar.register(Challenge.class, ModelJsonWriter::writeItem, ModelJsonReader::readChallenge);
    registrar.register(Insight.class, ModelJsonWriter::writeItem, ModelJsonReader::readInsight);
    registrar.register(Response.class, ModelJsonWriter::writeResponse, ModelJsonReader::readResponse);
  }
}
