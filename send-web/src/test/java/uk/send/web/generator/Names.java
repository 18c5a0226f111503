package uk.send.web.generator;

import java.util.List;
import java.util.SplittableRandom;

/** Invented names for people and places. Common enough to look real; none is anyone's on purpose. */
final class Names {

    static final List<String> CHILD_GIVEN = List.of("Alfie", "Amara", "Archie", "Ava", "Ayaan", "Bella", "Caleb",
            "Chloe", "Darius", "Eden", "Elijah", "Ella", "Emeka", "Erin", "Evie", "Farah", "Finley", "Freya", "George",
            "Grace", "Hamza", "Harper", "Isaac", "Isla", "Jack", "Jasmine", "Jude", "Kai", "Layla", "Leo", "Lily",
            "Logan", "Maya", "Mia", "Mohammed", "Noah", "Nia", "Oliver", "Olivia", "Oscar", "Poppy", "Priya", "Reuben",
            "Rosie", "Ruby", "Sami", "Sofia", "Teddy", "Theo", "Zara", "Yusuf", "Willow", "Tobias", "Nadia", "Kofi");

    static final List<String> ADULT_GIVEN = List.of("Aisha", "Andrew", "Angela", "Ben", "Carla", "Claire", "Daniel",
            "Deepa", "Emma", "Fatima", "Gareth", "Hannah", "Helen", "Imran", "James", "Joanne", "Kate", "Kwame", "Laura",
            "Lee", "Marie", "Mark", "Michelle", "Nadeem", "Natalie", "Paul", "Rachel", "Rebecca", "Sarah", "Simon",
            "Sunita", "Tom", "Tracey", "Victoria", "Wei", "Yvonne");

    static final List<String> FAMILY = List.of("Abbott", "Adeyemi", "Ahmed", "Ali", "Atkinson", "Baker", "Begum",
            "Bennett", "Brown", "Campbell", "Carter", "Chen", "Clarke", "Cooper", "Davies", "Dawson", "Edwards", "Evans",
            "Fisher", "Foster", "Green", "Griffiths", "Hall", "Harris", "Hughes", "Hussain", "Iqbal", "Jackson", "James",
            "Jones", "Kaur", "Khan", "King", "Kowalski", "Lewis", "Mensah", "Miller", "Mitchell", "Moore", "Morgan",
            "Murphy", "Nowak", "O'Brien", "Okafor", "Owen", "Patel", "Phillips", "Price", "Roberts", "Robinson", "Shah",
            "Singh", "Smith", "Taylor", "Thomas", "Thompson", "Turner", "Walker", "Ward", "Watson", "White", "Williams",
            "Wilson", "Wood", "Wright", "Young");

    /** Invented place names, put together from parts. */
    private static final List<String> PLACE_START = List.of("Ash", "Beck", "Bram", "Brook", "Clay", "Elm", "Fern",
            "Hazel", "Holm", "Kings", "Lark", "Mill", "Oak", "Red", "Rose", "Stan", "Thorn", "Wey", "Whit", "Wil");
    private static final List<String> PLACE_END = List.of("bury", "by", "combe", "field", "ford", "gate", "ham",
            "hill", "ley", "mere", "stead", "ton", "wick", "wood", "worth");

    private Names() {
    }

    static String pick(SplittableRandom random, List<String> names) {
        return names.get(random.nextInt(names.size()));
    }

    /** The n-th place name: distinct for the first 300, then with a number. */
    static String place(int n) {
        int parts = PLACE_START.size() * PLACE_END.size();
        String name = PLACE_START.get(n % PLACE_START.size()) + PLACE_END.get((n / PLACE_START.size()) % PLACE_END.size());
        return n < parts ? name : name + " " + (n / parts + 1);
    }
}
