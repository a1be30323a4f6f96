package trustline.graph;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * The read-only procedures the embedded launchers register for the global recompute's two big
 * reads (graph/packed-reads.ts): no plugin folder needed. A Neo4j at NEO4J_URI has none of them,
 * and the recompute reads by Cypher there.
 */
public final class Procedures {
    private Procedures() {}

    /** Makes the procedures callable on every database of this DBMS. */
    public static void register(DatabaseManagementService dbms) throws Exception {
        GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        GlobalProcedures procedures = db.getDependencyResolver().resolveDependency(GlobalProcedures.class);
        procedures.registerProcedure(TrustEdgeExport.class);
        procedures.registerProcedure(MemberColumnsExport.class);
    }
}
