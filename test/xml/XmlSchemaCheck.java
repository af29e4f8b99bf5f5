// Validates an XML document against an XML Schema with the JDK's own validator (no library,
// no network). Usage: java test/xml/XmlSchemaCheck.java <schema.xsd> <document.xml | ->
// Prints "valid", or every problem as "line:column: message", and exits 0 or 1.
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

public class XmlSchemaCheck {
  public static void main(String[] args) throws Exception {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
    Validator validator = factory.newSchema(new File(args[0])).newValidator();
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    List<String> problems = new ArrayList<>();
    validator.setErrorHandler(new ErrorHandler() {
      public void warning(SAXParseException e) {}
      public void error(SAXParseException e) { problems.add(describe(e)); }
      public void fatalError(SAXParseException e) { problems.add(describe(e)); }
    });
    StreamSource source = args[1].equals("-") ? new StreamSource(System.in) : new StreamSource(new File(args[1]));
    try {
      validator.validate(source);
    } catch (SAXParseException e) {
      // already reported through the error handler
    }
    if (problems.isEmpty()) {
      System.out.println("valid");
      return;
    }
    problems.forEach(System.out::println);
    System.exit(1);
  }

  private static String describe(SAXParseException e) {
    return e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
  }
}
