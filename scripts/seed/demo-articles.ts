export type DemoArticle = {
  section: string;
  title: string;
  lead: string;
  paragraphs: string[];
  subheading?: { afterParagraph: number; text: string };
  quote?: string;
  tags: string[];
  author: string;
  bylineLabel: 'Bài' | 'Tin' | 'Bài và ảnh' | 'Tin, ảnh' | 'Theo';
  hoursAgo: number;
};

export const demoArticles: DemoArticle[] = [
  // ───────────────────────────── thoi-su ─────────────────────────────
  {
    section: 'thoi-su',
    title: 'Khởi công đoạn đầu tiên tuyến đường sắt tốc độ cao qua địa bàn Hà Nội',
    lead: 'Sáng nay, đoạn tuyến dài 28 km từ khu vực ga Ngọc Hồi đi về phía nam Hà Nội chính thức được khởi công, mở đầu giai đoạn thi công thực địa của dự án đường sắt quan trọng bậc nhất cả nước.',
    paragraphs: [
      'Lễ khởi công diễn ra tại công trường phía nam Thủ đô với sự tham dự của đại diện các bộ, ngành, chính quyền địa phương cùng hàng trăm kỹ sư, công nhân. Theo thiết kế, đoạn tuyến gồm hai cầu cạn dài, một nhà ga kỹ thuật và hệ thống đường gom phục vụ người dân hai bên tuyến. Chủ đầu tư cho biết các mũi thi công sẽ được triển khai đồng loạt ngay trong tuần này.',
      'Phát biểu tại buổi lễ, ông Tạ Đình Khiêm, Thứ trưởng Bộ Xây dựng, nhấn mạnh đây là công trình có ý nghĩa chiến lược đối với sự phát triển kinh tế – xã hội của đất nước trong nhiều thập kỷ tới. “Chúng tôi yêu cầu các nhà thầu bảo đảm tiến độ, chất lượng và tuyệt đối an toàn lao động, không để xảy ra tiêu cực, lãng phí”, ông Khiêm nói.',
      'Điểm đáng chú ý của dự án là tỷ lệ nội địa hóa được đặt ra ngay từ đầu. Nhiều hạng mục như dầm cầu, tà vẹt bê tông và một phần hệ thống cấp điện sẽ do doanh nghiệp trong nước đảm nhận. Các trường đại học kỹ thuật cũng đã ký kết chương trình đào tạo hàng nghìn kỹ sư đường sắt để chuẩn bị cho giai đoạn vận hành, khai thác.',
      'Công tác giải phóng mặt bằng trên địa bàn Hà Nội cơ bản hoàn thành sớm hơn kế hoạch nhờ sự đồng thuận của người dân. Các khu tái định cư đã được xây dựng đồng bộ về hạ tầng, trường học và trạm y tế. Chính quyền các xã, phường liên quan cam kết tiếp tục hỗ trợ những hộ gia đình ổn định cuộc sống, chuyển đổi nghề nghiệp sau khi bàn giao đất.',
    ],
    subheading: { afterParagraph: 1, text: 'Ưu tiên công nghệ và nhân lực trong nước' },
    quote:
      'Chúng tôi yêu cầu các nhà thầu bảo đảm tiến độ, chất lượng và tuyệt đối an toàn lao động, không để xảy ra tiêu cực, lãng phí.',
    tags: ['Đường sắt tốc độ cao', 'Hà Nội', 'Hạ tầng'],
    author: 'Nguyễn Thu Hà',
    bylineLabel: 'Bài và ảnh',
    hoursAgo: 1,
  },
  {
    section: 'thoi-su',
    title: 'Hà Nội lắp đặt thêm camera thông minh trên các tuyến đường vành đai',
    lead: 'Hệ thống camera mới có khả năng nhận diện biển số, phát hiện vi phạm và đo lưu lượng phương tiện theo thời gian thực, hỗ trợ điều tiết giao thông vào giờ cao điểm.',
    paragraphs: [
      'Sở Xây dựng Hà Nội cho biết trong tháng này sẽ đưa vào vận hành thêm 320 camera giám sát trên tuyến đường Vành đai 2, Vành đai 3 và các trục hướng tâm. Hình ảnh từ camera được truyền trực tiếp về Trung tâm điều hành giao thông thông minh để phân tích, cảnh báo ùn tắc và điều chỉnh chu kỳ đèn tín hiệu tại các nút giao trọng điểm.',
      'Theo ông Hoàng Văn Lực, Phó Giám đốc Trung tâm điều hành, dữ liệu thu thập trong giai đoạn thử nghiệm cho thấy thời gian chờ đèn đỏ ở một số ngã tư đã giảm gần 15%. “Khi có đủ dữ liệu, chúng tôi có thể dự báo ùn tắc trước từ 15 đến 30 phút và chủ động phân luồng từ xa”, ông Lực nói.',
      'Bên cạnh việc điều tiết, hệ thống còn tự động ghi nhận các hành vi vượt đèn đỏ, đi sai làn, dừng đỗ không đúng quy định. Hình ảnh vi phạm được xác minh trước khi gửi thông báo tới chủ phương tiện. Nhiều người dân cho rằng đây là giải pháp cần thiết để nâng cao ý thức chấp hành luật giao thông, song đề nghị cơ quan chức năng công khai rõ quy trình xử lý.',
    ],
    quote:
      'Khi có đủ dữ liệu, chúng tôi có thể dự báo ùn tắc trước từ 15 đến 30 phút và chủ động phân luồng từ xa.',
    tags: ['Giao thông', 'Hà Nội', 'Chuyển đổi số'],
    author: 'Trần Minh Đức',
    bylineLabel: 'Tin',
    hoursAgo: 9,
  },
  {
    section: 'thoi-su',
    title: 'Các địa phương miền Trung khẩn trương ứng phó với áp thấp nhiệt đới',
    lead: 'Áp thấp nhiệt đới có khả năng mạnh lên thành bão trong 24 giờ tới, gây mưa lớn diện rộng tại các tỉnh, thành phố từ Hà Tĩnh đến Quảng Ngãi.',
    paragraphs: [
      'Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, hồi 7 giờ sáng nay, tâm áp thấp nhiệt đới cách bờ biển các tỉnh miền Trung khoảng 350 km, sức gió mạnh nhất cấp 7, giật cấp 9. Từ đêm nay, vùng biển ven bờ có gió mạnh, sóng cao từ 3 đến 5 mét, biển động rất mạnh, tàu thuyền hoạt động trong khu vực có nguy cơ cao chịu ảnh hưởng.',
      'Tại Đà Nẵng, lực lượng biên phòng đã thông báo, hướng dẫn hơn 1.200 tàu cá vào nơi tránh trú an toàn. Thành phố cũng yêu cầu các trường học cho học sinh nghỉ nếu mưa lớn kéo dài, đồng thời kiểm tra hệ thống thoát nước tại những tuyến đường thường xuyên ngập úng như khu vực ven sông Hàn và các phường phía tây.',
      'Ông Lê Quang Thuận, Phó Trưởng ban Chỉ huy phòng thủ dân sự thành phố, cho biết phương án sơ tán người dân ở khu vực ven biển và vùng núi có nguy cơ sạt lở đã sẵn sàng. “Chúng tôi không chủ quan, mọi lực lượng, phương tiện đều trực 24/24 giờ để kịp thời ứng cứu người dân”, ông Thuận nhấn mạnh.',
      'Cơ quan khí tượng khuyến cáo người dân không ra khơi, hạn chế di chuyển qua các ngầm tràn, đèo dốc trong thời gian mưa lớn. Các hồ chứa thủy điện, thủy lợi được yêu cầu vận hành đúng quy trình, xả lũ theo lệnh, bảo đảm an toàn cho vùng hạ du và không để bị động, bất ngờ khi mưa lớn xảy ra vào ban đêm.',
    ],
    quote:
      'Chúng tôi không chủ quan, mọi lực lượng, phương tiện đều trực 24/24 giờ để kịp thời ứng cứu người dân.',
    tags: ['Thời tiết', 'Đà Nẵng', 'Phòng chống thiên tai'],
    author: 'Phan Thị Ngọc Ánh',
    bylineLabel: 'Tin, ảnh',
    hoursAgo: 20,
  },

  // ──────────────────────── quoc-phong-an-ninh ────────────────────────
  {
    section: 'quoc-phong-an-ninh',
    title: 'Biên phòng Quảng Trị diễn tập phòng chống thiên tai, tìm kiếm cứu nạn',
    lead: 'Cuộc diễn tập huy động hơn 500 cán bộ, chiến sĩ cùng lực lượng dân quân, xung kích địa phương, góp phần nâng cao khả năng hiệp đồng khi xảy ra tình huống khẩn cấp.',
    paragraphs: [
      'Cuộc diễn tập được tổ chức tại khu vực ven biển phía bắc tỉnh, giả định bão mạnh đổ bộ kèm mưa lớn gây ngập sâu, chia cắt nhiều khu dân cư. Các lực lượng lần lượt xử lý những tình huống như sơ tán người già, trẻ em, cứu hộ tàu cá gặp nạn, khắc phục sự cố sạt lở đường giao thông và tổ chức cấp cứu người bị thương.',
      'Đại tá Nguyễn Hữu Phong, Chỉ huy trưởng Bộ đội Biên phòng tỉnh, cho biết nội dung diễn tập được xây dựng sát với thực tế địa bàn. Đảng ủy Bộ đội Biên phòng tỉnh đã ban hành nghị quyết chuyên đề, xác định phòng chống thiên tai là nhiệm vụ chính trị quan trọng, gắn với xây dựng nền quốc phòng toàn dân và thế trận lòng dân vững chắc.',
      '“Mỗi cán bộ, chiến sĩ phải thực sự là chỗ dựa tin cậy của nhân dân khi thiên tai xảy ra”, Đại tá Phong nhấn mạnh. Qua diễn tập, đơn vị đã rút ra nhiều kinh nghiệm về công tác hiệp đồng, bảo đảm thông tin liên lạc và sử dụng phương tiện chuyên dụng như xuồng máy, thiết bị bay không người lái để trinh sát khu vực bị cô lập.',
      'Kết thúc diễn tập, Ban Chỉ đạo đánh giá các lực lượng tham gia đã hoàn thành tốt nhiệm vụ, xử lý tình huống nhanh, đúng quy trình, bảo đảm tuyệt đối an toàn. Đây là hoạt động thiết thực nhằm củng cố quốc phòng, an ninh ở khu vực biên giới biển, đồng thời giúp người dân nâng cao kỹ năng tự ứng phó với thiên tai.',
    ],
    subheading: { afterParagraph: 1, text: 'Phát huy sức mạnh tổng hợp của các lực lượng' },
    quote:
      'Mỗi cán bộ, chiến sĩ phải thực sự là chỗ dựa tin cậy của nhân dân khi thiên tai xảy ra.',
    tags: ['Biên phòng', 'Quảng Trị', 'Phòng chống thiên tai'],
    author: 'Đinh Văn Tùng',
    bylineLabel: 'Bài và ảnh',
    hoursAgo: 14,
  },
  {
    section: 'quoc-phong-an-ninh',
    title: 'Thanh niên Thành phố Hồ Chí Minh hăng hái lên đường nhập ngũ',
    lead: 'Hàng nghìn tân binh đã lên đường nhập ngũ trong không khí trang trọng, ấm áp tại các điểm giao nhận quân trên địa bàn thành phố.',
    paragraphs: [
      'Từ sáng sớm, các điểm giao nhận quân ở nhiều phường, xã đã rộn ràng cờ hoa. Những tân binh trong bộ quân phục mới lắng nghe lời dặn dò của cha mẹ, thầy cô và bạn bè trước khi lên xe về đơn vị. Năm nay, tỷ lệ thanh niên có trình độ cao đẳng, đại học tình nguyện nhập ngũ tăng rõ rệt so với các năm trước.',
      'Theo Bộ Tư lệnh Thành phố, công tác tuyển chọn được thực hiện công khai, dân chủ, đúng luật, bảo đảm chất lượng và chỉ tiêu được giao. Thượng tá Võ Thành Lâm, Phó Tham mưu trưởng Bộ Tư lệnh Thành phố, cho biết: “Mỗi tân binh hôm nay là một hạt nhân góp phần xây dựng lực lượng vũ trang vững mạnh, bảo vệ vững chắc Tổ quốc”.',
      'Trong số tân binh có Nguyễn Hoàng Khải, 23 tuổi, vừa tốt nghiệp ngành công nghệ thông tin. Khải chia sẻ em đã tự nguyện viết đơn xin nhập ngũ vì muốn được rèn luyện trong môi trường kỷ luật. “Em mong sau hai năm sẽ trưởng thành hơn và có thể đóng góp kiến thức chuyên môn cho đơn vị”, Khải nói.',
      'Nhân dịp này, các cơ quan, doanh nghiệp trên địa bàn đã trao nhiều phần quà động viên tân binh và gia đình có hoàn cảnh khó khăn. Công tác tuyển quân được đánh giá là nhiệm vụ quốc phòng thường xuyên, thể hiện sự quan tâm của cả hệ thống chính trị và sự đồng thuận của nhân dân thành phố.',
    ],
    quote:
      'Mỗi tân binh hôm nay là một hạt nhân góp phần xây dựng lực lượng vũ trang vững mạnh, bảo vệ vững chắc Tổ quốc.',
    tags: ['Tuyển quân', 'Thành phố Hồ Chí Minh'],
    author: 'Vũ Hải Đăng',
    bylineLabel: 'Tin, ảnh',
    hoursAgo: 62,
  },

  // ───────────────────────────── kinh-te ─────────────────────────────
  {
    section: 'kinh-te',
    title: 'Xuất khẩu lúa gạo khởi sắc, nông dân Đồng bằng sông Cửu Long phấn khởi',
    lead: 'Giá lúa tươi tại nhiều địa phương tăng từ 300 đến 500 đồng/kg so với tháng trước nhờ đơn hàng xuất khẩu gia tăng, mang lại lợi nhuận khá cho người trồng lúa.',
    paragraphs: [
      'Những ngày này, trên các cánh đồng ở An Giang, Đồng Tháp và Cần Thơ, nông dân đang tất bật thu hoạch lúa. Thương lái đặt cọc mua lúa ngay tại ruộng với giá dao động từ 7.200 đến 7.800 đồng/kg tùy giống. Các giống lúa thơm, chất lượng cao được doanh nghiệp thu mua mạnh để đáp ứng đơn hàng từ thị trường châu Á và châu Phi.',
      'Ông Trương Văn Sáu, nông dân ở xã Thạnh Phú, phấn khởi cho biết vụ này gia đình ông thu hoạch gần 8 tấn lúa mỗi hecta. Sau khi trừ chi phí phân bón, thuốc bảo vệ thực vật và thuê máy gặt, mỗi hecta lãi hơn 25 triệu đồng. Nhiều hộ đã chuyển sang canh tác theo quy trình giảm phát thải để được thu mua với giá cao hơn.',
      'Theo các doanh nghiệp xuất khẩu, việc ký hợp đồng liên kết với hợp tác xã đang được đẩy mạnh để chủ động vùng nguyên liệu. Tiến sĩ Lâm Thị Bích Ngọc, chuyên gia kinh tế nông nghiệp, nhận định: “Muốn giữ vững thị phần, ngành lúa gạo phải cạnh tranh bằng chất lượng và thương hiệu thay vì sản lượng”.',
      'Bà Ngọc cũng lưu ý người trồng lúa không nên ồ ạt mở rộng diện tích khi giá tăng, mà cần tuân thủ lịch thời vụ, sử dụng giống xác nhận và ghi chép nhật ký đồng ruộng. Đây là những yêu cầu bắt buộc của nhiều nhà nhập khẩu khó tính, đồng thời giúp giảm chi phí sản xuất về lâu dài.',
    ],
    subheading: { afterParagraph: 1, text: 'Hướng tới hạt gạo chất lượng cao, phát thải thấp' },
    quote:
      'Muốn giữ vững thị phần, ngành lúa gạo phải cạnh tranh bằng chất lượng và thương hiệu thay vì sản lượng.',
    tags: ['Lúa gạo', 'Xuất khẩu', 'Nông nghiệp'],
    author: 'Huỳnh Thanh Tâm',
    bylineLabel: 'Bài và ảnh',
    hoursAgo: 5,
  },
  {
    section: 'kinh-te',
    title: 'Nhiều ngân hàng giảm lãi suất cho vay, hỗ trợ doanh nghiệp nhỏ và vừa',
    lead: 'Các gói tín dụng ưu đãi với lãi suất thấp hơn từ 1 đến 2 điểm phần trăm được kỳ vọng giúp doanh nghiệp có thêm vốn mở rộng sản xuất dịp cuối năm.',
    paragraphs: [
      'Thời gian gần đây, hàng loạt ngân hàng thương mại đã công bố điều chỉnh giảm lãi suất cho vay đối với khách hàng là doanh nghiệp nhỏ và vừa. Mức lãi suất phổ biến cho khoản vay ngắn hạn hiện ở khoảng 5,5 đến 6,5%/năm, thấp hơn đáng kể so với đầu năm. Một số ngân hàng còn miễn phí thẩm định hồ sơ và rút ngắn thời gian giải ngân xuống còn ba ngày làm việc.',
      'Chị Đặng Thùy Linh, chủ một xưởng sản xuất đồ gỗ xuất khẩu ở ngoại thành Hà Nội, cho biết doanh nghiệp vừa được giải ngân 3 tỷ đồng để nhập nguyên liệu cho đơn hàng mới. Theo chị, chi phí lãi vay giảm giúp doanh nghiệp mạnh dạn nhận thêm hợp đồng, giữ ổn định việc làm cho gần 80 công nhân.',
      'Tuy vậy, nhiều doanh nghiệp vẫn gặp khó khăn khi tiếp cận vốn do thiếu tài sản bảo đảm và báo cáo tài chính chưa minh bạch. Ông Phùng Quốc Bảo, Viện trưởng Viện Nghiên cứu phát triển doanh nghiệp, cho rằng: “Ngân hàng cần đẩy mạnh cho vay dựa trên dòng tiền và dữ liệu giao dịch, còn doanh nghiệp phải chuẩn hóa sổ sách để tạo niềm tin”.',
    ],
    quote:
      'Ngân hàng cần đẩy mạnh cho vay dựa trên dòng tiền và dữ liệu giao dịch, còn doanh nghiệp phải chuẩn hóa sổ sách để tạo niềm tin.',
    tags: ['Ngân hàng', 'Doanh nghiệp'],
    author: 'Bùi Quang Huy',
    bylineLabel: 'Bài',
    hoursAgo: 27,
  },
  {
    section: 'kinh-te',
    title: 'Doanh nghiệp Việt tăng tốc bán hàng qua thương mại điện tử xuyên biên giới',
    lead: 'Thành phố Hồ Chí Minh đặt mục tiêu hỗ trợ 1.000 doanh nghiệp nhỏ đưa hàng hóa lên các nền tảng quốc tế, mở rộng thị trường xuất khẩu với chi phí thấp.',
    paragraphs: [
      'Tại hội nghị kết nối giao thương vừa diễn ra ở Thành phố Hồ Chí Minh, hơn 300 doanh nghiệp đã được giới thiệu quy trình mở gian hàng, định giá, đóng gói và vận chuyển quốc tế. Các mặt hàng được quan tâm nhiều nhất gồm cà phê, hạt điều, đồ thủ công mỹ nghệ, mỹ phẩm thiên nhiên và thời trang.',
      'Bà Châu Ngọc Diễm, Phó Giám đốc Sở Công Thương thành phố, cho biết sở sẽ phối hợp với các hiệp hội ngành hàng tổ chức lớp đào tạo miễn phí về tiếp thị số, sở hữu trí tuệ và tiêu chuẩn chất lượng tại thị trường nhập khẩu. “Thương mại điện tử xuyên biên giới là cơ hội để doanh nghiệp nhỏ tiếp cận hàng triệu khách hàng mà không cần mở văn phòng ở nước ngoài”, bà Diễm nói.',
      'Anh Mạc Tuấn Kiệt, đồng sáng lập một thương hiệu cà phê đặc sản, cho biết sau một năm bán hàng trực tuyến, doanh thu từ thị trường Nhật Bản và Hàn Quốc đã chiếm gần 40% tổng doanh thu. Theo anh, điều quan trọng là kể được câu chuyện về vùng nguyên liệu, người nông dân và quy trình chế biến để sản phẩm nổi bật giữa hàng nghìn lựa chọn.',
    ],
    quote:
      'Thương mại điện tử xuyên biên giới là cơ hội để doanh nghiệp nhỏ tiếp cận hàng triệu khách hàng mà không cần mở văn phòng ở nước ngoài.',
    tags: ['Thương mại điện tử', 'Thành phố Hồ Chí Minh', 'Xuất khẩu'],
    author: 'Lý Thanh Phương',
    bylineLabel: 'Tin',
    hoursAgo: 75,
  },

  // ───────────────────────────── xa-hoi ─────────────────────────────
  {
    section: 'xa-hoi',
    title: 'Nhiều trường đại học tăng chỉ tiêu ngành bán dẫn và trí tuệ nhân tạo',
    lead: 'Trước nhu cầu nhân lực công nghệ cao ngày càng lớn, các trường đại học kỹ thuật mở thêm chương trình đào tạo, đồng thời tăng cường hợp tác với doanh nghiệp.',
    paragraphs: [
      'Theo đề án tuyển sinh vừa công bố, nhiều trường đại học tại Hà Nội, Đà Nẵng và Thành phố Hồ Chí Minh tăng từ 20 đến 50% chỉ tiêu các ngành thiết kế vi mạch, kỹ thuật điện tử và trí tuệ nhân tạo. Một số trường lần đầu mở ngành công nghệ bán dẫn với chương trình học được xây dựng cùng các tập đoàn trong và ngoài nước.',
      'PGS.TS Hà Minh Triết, Hiệu trưởng một trường đại học kỹ thuật, cho biết nhà trường đã đầu tư phòng thí nghiệm thiết kế vi mạch với phần mềm bản quyền, cho phép sinh viên thực hành từ năm thứ hai. “Sinh viên không chỉ học lý thuyết mà phải trực tiếp thiết kế, kiểm thử những con chip đơn giản trước khi tốt nghiệp”, ông Triết nói.',
      'Để thu hút thí sinh giỏi, nhiều trường dành học bổng toàn phần cho những em đạt điểm cao, đồng thời ký kết với doanh nghiệp cam kết tuyển dụng sau khi ra trường. Các chuyên gia khuyên thí sinh cần cân nhắc năng lực, sở thích, đặc biệt là nền tảng toán và vật lý, thay vì chọn ngành chỉ vì chạy theo xu hướng.',
      'Đại diện Bộ Giáo dục và Đào tạo cho biết bộ đang hoàn thiện chuẩn chương trình đào tạo cho lĩnh vực bán dẫn, bảo đảm chất lượng đồng đều giữa các cơ sở. Những trường không đáp ứng đủ điều kiện về giảng viên, phòng thí nghiệm sẽ không được mở ngành hoặc phải điều chỉnh giảm chỉ tiêu.',
    ],
    subheading: { afterParagraph: 1, text: 'Học bổng và cam kết việc làm' },
    quote:
      'Sinh viên không chỉ học lý thuyết mà phải trực tiếp thiết kế, kiểm thử những con chip đơn giản trước khi tốt nghiệp.',
    tags: ['Tuyển sinh', 'Giáo dục', 'Bán dẫn'],
    author: 'Ngô Phương Thảo',
    bylineLabel: 'Bài',
    hoursAgo: 3,
  },
  {
    section: 'xa-hoi',
    title: 'Bệnh viện tuyến tỉnh khám chữa bệnh từ xa cho người dân vùng cao Lai Châu',
    lead: 'Nhờ hệ thống hội chẩn trực tuyến, người dân ở các xã vùng sâu, vùng xa được bác sĩ chuyên khoa thăm khám mà không phải vượt hàng trăm cây số đường đèo.',
    paragraphs: [
      'Tại trạm y tế một xã biên giới của tỉnh Lai Châu, màn hình lớn được kết nối trực tiếp với Bệnh viện Đa khoa tỉnh. Bác sĩ tại trạm thực hiện siêu âm, đo điện tim rồi truyền hình ảnh, số liệu để bác sĩ tuyến trên đọc kết quả, tư vấn điều trị ngay trong buổi sáng. Trước đây, những ca bệnh tương tự thường phải chuyển viện, tốn kém nhiều thời gian và chi phí.',
      'Bác sĩ Lò Văn Hưởng, Giám đốc Bệnh viện Đa khoa tỉnh, cho biết từ đầu năm đến nay đã có hơn 2.500 lượt hội chẩn từ xa, giúp phát hiện sớm nhiều ca bệnh tim mạch, sản khoa nguy hiểm. “Khoảng cách địa lý không còn là rào cản để người dân vùng cao được tiếp cận dịch vụ y tế chất lượng”, bác sĩ Hưởng khẳng định.',
      'Bà Giàng Thị Sua, 58 tuổi, người dân tộc Mông, kể bà bị đau ngực nhiều ngày nhưng ngại xuống tỉnh vì đường xa, tiền xe đắt. Sau buổi hội chẩn trực tuyến, bà được chẩn đoán sớm và điều trị bằng thuốc ngay tại trạm. Hiện sức khỏe của bà đã ổn định, mỗi tháng chỉ cần tái khám một lần.',
      'Ngành y tế tỉnh dự kiến mở rộng mô hình tới tất cả trạm y tế xã trong năm tới, đồng thời đào tạo thêm nhân lực sử dụng thiết bị. Tuy nhiên, đường truyền internet chập chờn ở một số bản vùng cao vẫn là khó khăn cần được các doanh nghiệp viễn thông hỗ trợ tháo gỡ.',
    ],
    quote:
      'Khoảng cách địa lý không còn là rào cản để người dân vùng cao được tiếp cận dịch vụ y tế chất lượng.',
    tags: ['Y tế', 'Lai Châu', 'Chuyển đổi số'],
    author: 'Lường Thị Hoa',
    bylineLabel: 'Bài và ảnh',
    hoursAgo: 33,
  },
  {
    section: 'xa-hoi',
    title: 'Thanh niên tình nguyện làm đường, xây cầu dân sinh cho vùng cao Cao Bằng',
    lead: 'Hơn 200 đoàn viên, sinh viên đã dành những ngày hè để bê tông hóa đường liên thôn, xây cầu và sửa chữa lớp học cho trẻ em vùng khó khăn.',
    paragraphs: [
      'Dưới cái nắng gay gắt, các bạn trẻ trong đội hình tình nguyện vẫn miệt mài trộn vữa, khiêng đá, san lấp mặt bằng. Sau ba tuần, tuyến đường bê tông dài gần hai cây số nối hai thôn đã hoàn thành, thay thế con đường đất lầy lội mỗi khi mùa mưa đến. Người dân địa phương cũng góp công, góp vật liệu để công trình sớm về đích.',
      'Anh Nông Đức Thịnh, Bí thư Đoàn xã, cho biết trước đây học sinh phải lội suối để đến trường, nhiều hôm nước lên cao các em đành nghỉ học. “Cây cầu nhỏ này là món quà lớn đối với bà con, nhất là các em học sinh trong mùa mưa lũ”, anh Thịnh nói trong ngày khánh thành công trình.',
      'Ngoài các công trình hạ tầng, đội tình nguyện còn mở lớp dạy tiếng Việt, kỹ năng sống cho trẻ em, hướng dẫn người dân sử dụng điện thoại thông minh để tra cứu thông tin, thanh toán không dùng tiền mặt. Nhiều sinh viên chia sẻ chuyến đi giúp các bạn hiểu hơn về cuộc sống của đồng bào và trưởng thành hơn sau mỗi mùa hè.',
    ],
    quote:
      'Cây cầu nhỏ này là món quà lớn đối với bà con, nhất là các em học sinh trong mùa mưa lũ.',
    tags: ['Tình nguyện', 'Thanh niên', 'Cao Bằng'],
    author: 'Hoàng Bảo Ngọc',
    bylineLabel: 'Tin, ảnh',
    hoursAgo: 117,
  },

  // ───────────────────────────── van-hoa ─────────────────────────────
  {
    section: 'van-hoa',
    title: 'Đà Nẵng đón lượng khách du lịch tăng mạnh dịp lễ hội pháo hoa quốc tế',
    lead: 'Công suất phòng của nhiều khách sạn ven biển đạt trên 90%, các điểm tham quan nổi tiếng luôn đông đúc suốt những ngày diễn ra lễ hội.',
    paragraphs: [
      'Theo cơ quan quản lý du lịch Đà Nẵng, trong tuần đầu tiên của lễ hội, thành phố đón hơn 450.000 lượt khách, tăng khoảng 20% so với cùng kỳ. Khách quốc tế chủ yếu đến từ Hàn Quốc, Nhật Bản, Ấn Độ và các nước Đông Nam Á. Nhiều đường bay thẳng mới được mở giúp du khách tiếp cận thành phố biển thuận tiện hơn.',
      'Bên cạnh những đêm thi trình diễn pháo hoa bên sông Hàn, du khách còn được trải nghiệm lễ hội ẩm thực đường phố, chương trình nghệ thuật dân gian và tour khám phá bán đảo Sơn Trà vào sáng sớm. Các hoạt động được bố trí trải đều trong ngày nhằm kéo dài thời gian lưu trú và tăng chi tiêu của du khách.',
      'Bà Thái Ngọc Quyên, Giám đốc một doanh nghiệp lữ hành, cho biết các tour kết hợp Đà Nẵng với phố cổ Hội An và cố đô Huế được đặt kín từ nhiều tuần trước. “Du khách bây giờ không chỉ đến xem pháo hoa mà muốn hiểu về văn hóa, con người miền Trung, nên sản phẩm du lịch phải có chiều sâu”, bà Quyên nói.',
      'Để bảo đảm trật tự, thành phố tăng cường lực lượng kiểm tra giá dịch vụ, yêu cầu niêm yết công khai giá phòng, giá ăn uống tại các khu vực trung tâm. Đường dây nóng hỗ trợ du khách hoạt động 24/24 giờ, tiếp nhận và xử lý kịp thời các phản ánh về chất lượng dịch vụ.',
    ],
    subheading: { afterParagraph: 1, text: 'Nâng chất lượng dịch vụ, giữ chân du khách' },
    quote:
      'Du khách bây giờ không chỉ đến xem pháo hoa mà muốn hiểu về văn hóa, con người miền Trung, nên sản phẩm du lịch phải có chiều sâu.',
    tags: ['Du lịch', 'Đà Nẵng', 'Lễ hội'],
    author: 'Dương Minh Quân',
    bylineLabel: 'Bài',
    hoursAgo: 7,
  },
  {
    section: 'van-hoa',
    title: 'Triển lãm sơn mài đương đại kể chuyện phố phường Hà Nội xưa và nay',
    lead: 'Gần 60 tác phẩm của các họa sĩ trẻ mang đến góc nhìn mới về chất liệu truyền thống, gợi nhắc ký ức về những con phố, mái nhà và nếp sống của người Hà Nội.',
    paragraphs: [
      'Triển lãm khai mạc tại một không gian nghệ thuật trên phố Hàng Bạc, thu hút đông đảo công chúng, đặc biệt là giới trẻ. Các tác phẩm có nhiều kích thước, từ những tấm tranh nhỏ như bưu thiếp đến bức bình phong dài hơn ba mét, khắc họa chợ Đồng Xuân, cầu Long Biên, gánh hàng rong và những góc phố rêu phong.',
      'Họa sĩ Kiều Thanh Vân, giám tuyển triển lãm, cho biết nhóm tác giả đã dành hơn một năm để vẽ ký họa, ghi chép tại các khu phố cổ trước khi chuyển sang chất liệu sơn mài. “Sơn mài đòi hỏi sự kiên nhẫn, mỗi lớp sơn phải chờ khô rồi mài, có bức tranh mất tới sáu tháng mới hoàn thiện”, bà Vân chia sẻ.',
      'Điểm mới của triển lãm là việc kết hợp sơn ta truyền thống với vật liệu hiện đại như nhôm, kính và ánh sáng đèn LED. Một số tác phẩm còn đi kèm mã QR để người xem nghe câu chuyện phía sau bức tranh bằng tiếng Việt và tiếng Anh. Triển lãm mở cửa miễn phí cho công chúng đến hết tháng sau.',
    ],
    quote:
      'Sơn mài đòi hỏi sự kiên nhẫn, mỗi lớp sơn phải chờ khô rồi mài, có bức tranh mất tới sáu tháng mới hoàn thiện.',
    tags: ['Mỹ thuật', 'Hà Nội'],
    author: 'Phạm Khánh Linh',
    bylineLabel: 'Tin',
    hoursAgo: 45,
  },
  {
    section: 'van-hoa',
    title: 'Nghệ nhân trẻ làng gốm Bát Tràng đưa sản phẩm truyền thống đến gần giới trẻ',
    lead: 'Kết hợp kỹ thuật men cổ với thiết kế hiện đại, nhiều xưởng gốm do người trẻ điều hành đang tạo sức sống mới cho làng nghề hơn 500 năm tuổi.',
    paragraphs: [
      'Những ngày giáp Tết Dương lịch, xưởng gốm nhỏ của anh Lê Bảo Khánh ở làng Bát Tràng luôn tất bật. Bên cạnh bát đĩa, bình hoa truyền thống, xưởng còn sản xuất ly cà phê, đèn ngủ và bộ ấm chén mang họa tiết tối giản. Phần lớn đơn hàng đến từ khách trẻ đặt mua qua mạng xã hội để làm quà tặng dịp cuối năm.',
      'Anh Khánh, 29 tuổi, là thế hệ thứ tư trong gia đình theo nghề gốm. Sau khi tốt nghiệp đại học mỹ thuật công nghiệp, anh trở về làng, nghiên cứu lại các loại men rạn, men lam cổ và thử nghiệm trên những dáng sản phẩm mới. “Giữ nghề không có nghĩa là giữ nguyên, mà phải làm cho người trẻ thấy gốm gần gũi trong đời sống hằng ngày”, anh nói.',
      'Không chỉ bán sản phẩm, nhiều xưởng gốm còn mở lớp trải nghiệm nặn gốm, vẽ men cho học sinh và du khách. Mỗi cuối tuần, làng đón hàng nghìn lượt khách, góp phần phát triển du lịch làng nghề. Chính quyền địa phương đang xây dựng bộ nhận diện thương hiệu chung để bảo vệ uy tín của gốm Bát Tràng trên thị trường.',
    ],
    quote:
      'Giữ nghề không có nghĩa là giữ nguyên, mà phải làm cho người trẻ thấy gốm gần gũi trong đời sống hằng ngày.',
    tags: ['Làng nghề', 'Gốm Bát Tràng', 'Du lịch'],
    author: 'Đỗ Thị Thanh Hương',
    bylineLabel: 'Bài và ảnh',
    hoursAgo: 143,
  },

  // ───────────────────────────── the-thao ─────────────────────────────
  {
    section: 'the-thao',
    title: 'Đội tuyển bóng đá Việt Nam thắng ngược ở trận ra quân vòng loại châu Á',
    lead: 'Bị dẫn bàn ngay đầu trận, các cầu thủ Việt Nam đã thi đấu kiên cường và ghi hai bàn trong hiệp hai để giành trọn ba điểm trên sân nhà.',
    paragraphs: [
      'Trước hơn 20.000 khán giả trên sân vận động Mỹ Đình, đội khách bất ngờ mở tỷ số ở phút thứ 9 từ một tình huống phản công nhanh. Sau bàn thua, đội tuyển Việt Nam dần lấy lại thế trận, kiểm soát bóng tốt hơn ở khu vực giữa sân nhưng chưa tạo được nhiều cơ hội rõ rệt trong hiệp một.',
      'Bước ngoặt đến ở phút 58, khi tiền vệ Trịnh Quốc Huy tung cú sút xa đưa bóng chạm xà ngang đi vào lưới. Chỉ mười phút sau, tiền đạo trẻ Lâm Gia Bảo tận dụng đường chuyền dọc từ cánh phải, thoát xuống đối mặt thủ môn và dứt điểm chéo góc, ấn định chiến thắng 2-1 cho đội chủ nhà.',
      'Sau trận, huấn luyện viên trưởng Tống Văn Hiếu khen ngợi bản lĩnh của các học trò. “Các cầu thủ đã không hoảng loạn sau bàn thua, giữ đúng kỷ luật chiến thuật và chờ thời cơ, đó là điều tôi hài lòng nhất”, ông Hiếu nói. Tuy vậy, ông cũng thừa nhận hàng thủ còn mắc lỗi chọn vị trí cần sớm khắc phục.',
      'Với chiến thắng này, đội tuyển Việt Nam tạm dẫn đầu bảng đấu. Ở trận tiếp theo, thầy trò ông Hiếu sẽ làm khách trên sân của đối thủ được đánh giá mạnh nhất bảng. Ban huấn luyện cho biết toàn đội sẽ lên đường sớm để có thêm thời gian làm quen với thời tiết và mặt sân.',
    ],
    subheading: { afterParagraph: 1, text: 'Huấn luyện viên hài lòng với tinh thần thi đấu' },
    quote:
      'Các cầu thủ đã không hoảng loạn sau bàn thua, giữ đúng kỷ luật chiến thuật và chờ thời cơ, đó là điều tôi hài lòng nhất.',
    tags: ['Bóng đá', 'Đội tuyển Việt Nam', 'Vòng loại châu Á'],
    author: 'Cao Minh Tiến',
    bylineLabel: 'Bài',
    hoursAgo: 2,
  },
  {
    section: 'the-thao',
    title: 'Hơn 12.000 vận động viên tham gia giải marathon quốc tế Thành phố Hồ Chí Minh',
    lead: 'Đường chạy đi qua nhiều công trình biểu tượng của thành phố, từ cầu Thủ Thiêm đến phố đi bộ Nguyễn Huệ, tạo nên ngày hội thể thao sôi động từ sáng sớm.',
    paragraphs: [
      'Ngay từ 4 giờ sáng, khu vực xuất phát đã chật kín vận động viên đến từ hơn 50 quốc gia và vùng lãnh thổ. Giải có bốn cự ly gồm 5 km, 10 km, bán marathon và marathon 42 km. Ban tổ chức bố trí hàng chục trạm tiếp nước, trạm y tế cùng lực lượng tình nguyện viên dọc đường chạy để bảo đảm an toàn.',
      'Ở cự ly marathon nam, chân chạy đến từ Kenya giành chiến thắng với thời gian 2 giờ 18 phút. Nội dung nữ chứng kiến màn về đích ấn tượng của vận động viên Việt Nam Hứa Thị Diệu, người đã bứt tốc ở năm cây số cuối để giành ngôi vô địch với thời gian 2 giờ 49 phút, thành tích tốt nhất trong sự nghiệp của cô.',
      'Theo ông Ninh Quang Hải, Trưởng ban tổ chức, giải năm nay chú trọng yếu tố xanh với việc hạn chế chai nhựa dùng một lần, thay bằng cốc giấy và trạm nước tái sử dụng. “Chúng tôi muốn mỗi bước chạy không chỉ vì sức khỏe mà còn vì một thành phố sạch đẹp hơn”, ông Hải nói.',
    ],
    quote:
      'Chúng tôi muốn mỗi bước chạy không chỉ vì sức khỏe mà còn vì một thành phố sạch đẹp hơn.',
    tags: ['Marathon', 'Thành phố Hồ Chí Minh'],
    author: 'Mai Quốc Việt',
    bylineLabel: 'Tin, ảnh',
    hoursAgo: 50,
  },
  {
    section: 'the-thao',
    title: 'Kình ngư trẻ phá kỷ lục quốc gia 200 mét bướm tại giải vô địch',
    lead: 'Mới 17 tuổi, Quách Gia Huy gây bất ngờ khi cải thiện kỷ lục tồn tại nhiều năm, mở ra hy vọng cho bơi lội Việt Nam tại các đấu trường khu vực.',
    paragraphs: [
      'Tại ngày thi đấu thứ ba của Giải bơi vô địch quốc gia, Quách Gia Huy, vận động viên của đoàn Thanh Hóa, về nhất nội dung 200 m bướm nam với thời gian 1 phút 59 giây 12. Thành tích này nhanh hơn kỷ lục quốc gia cũ gần nửa giây, đồng thời đạt chuẩn tham dự đại hội thể thao khu vực.',
      'Huấn luyện viên Đoàn Thị Lụa, người dẫn dắt Huy từ năm 10 tuổi, cho biết học trò của bà có thể lực tốt và tinh thần tự giác cao. Mỗi ngày, Huy tập hai buổi với tổng quãng đường hơn 12 km, xen kẽ các bài tập sức mạnh trên cạn. “Huy còn rất trẻ, nếu được đầu tư đúng hướng, em hoàn toàn có thể cạnh tranh huy chương ở đấu trường châu lục”, bà Lụa nhận định.',
      'Giải năm nay quy tụ hơn 400 vận động viên từ 30 đoàn trên cả nước, ghi nhận thêm bốn kỷ lục quốc gia mới ở các nội dung tự do và ếch. Theo ban tổ chức, sự xuất hiện của nhiều gương mặt trẻ cho thấy công tác đào tạo vận động viên ở các địa phương đang đi đúng hướng.',
    ],
    quote:
      'Huy còn rất trẻ, nếu được đầu tư đúng hướng, em hoàn toàn có thể cạnh tranh huy chương ở đấu trường châu lục.',
    tags: ['Bơi lội', 'Thể thao thành tích cao'],
    author: 'Lã Thùy Dung',
    bylineLabel: 'Tin',
    hoursAgo: 196,
  },

  // ───────────────────────────── quoc-te ─────────────────────────────
  {
    section: 'quoc-te',
    title: 'Hơn 100 quốc gia cam kết giảm rác thải nhựa để bảo vệ đại dương',
    lead: 'Tuyên bố chung được thông qua tại hội nghị quốc tế về đại dương kêu gọi giảm một nửa lượng rác thải nhựa đổ ra biển trước năm 2035.',
    paragraphs: [
      'Sau năm ngày thảo luận, đại biểu từ hơn 100 quốc gia đã nhất trí thông qua tuyên bố chung với các cam kết cụ thể về giảm sản xuất nhựa dùng một lần, tăng cường tái chế và hỗ trợ các nước đang phát triển xây dựng hệ thống quản lý chất thải. Văn kiện cũng nhấn mạnh vai trò của cộng đồng ven biển trong bảo vệ hệ sinh thái biển.',
      'Theo số liệu được công bố tại hội nghị, mỗi năm có hàng triệu tấn nhựa trôi ra đại dương, đe dọa sinh vật biển và ngành đánh bắt thủy sản. Tiến sĩ Elena Moretti, nhà hải dương học người Italy, cảnh báo: “Nếu không hành động ngay, vi nhựa sẽ có mặt trong chuỗi thức ăn của hầu hết các loài cá mà con người tiêu thụ”.',
      'Nhiều đại biểu cho rằng thách thức lớn nhất là nguồn tài chính để thực hiện cam kết. Các quốc đảo nhỏ và những nước có đường bờ biển dài đề nghị thành lập quỹ hỗ trợ chung, đồng thời thúc đẩy chuyển giao công nghệ xử lý rác thải. Một số tập đoàn đa quốc gia cũng tuyên bố sẽ giảm bao bì nhựa trong sản phẩm tiêu dùng.',
      'Đoàn Việt Nam tham dự hội nghị đã chia sẻ kinh nghiệm triển khai mô hình “Chống rác thải nhựa” tại các xã ven biển và khẳng định sẵn sàng hợp tác với cộng đồng quốc tế. Hội nghị tiếp theo dự kiến được tổ chức sau hai năm nữa để đánh giá tiến độ thực hiện các cam kết.',
    ],
    subheading: { afterParagraph: 1, text: 'Cần nguồn lực tài chính cho các nước đang phát triển' },
    quote:
      'Nếu không hành động ngay, vi nhựa sẽ có mặt trong chuỗi thức ăn của hầu hết các loài cá mà con người tiêu thụ.',
    tags: ['Môi trường', 'Đại dương', 'Rác thải nhựa'],
    author: 'Nguyễn Vân Anh',
    bylineLabel: 'Theo',
    hoursAgo: 4,
  },
  {
    section: 'quoc-te',
    title: 'Nắng nóng kỷ lục bao trùm châu Âu, nhiều nước phát cảnh báo đỏ',
    lead: 'Nhiệt độ tại một số thành phố ở Nam Âu vượt ngưỡng 44 độ C, buộc chính quyền hạn chế hoạt động ngoài trời và mở thêm các điểm tránh nóng.',
    paragraphs: [
      'Đợt nắng nóng bắt đầu từ cuối tuần trước và được dự báo kéo dài ít nhất thêm một tuần. Cơ quan khí tượng nhiều nước đã nâng mức cảnh báo lên cao nhất, khuyến cáo người dân, đặc biệt là người cao tuổi và trẻ nhỏ, ở trong nhà vào khung giờ từ trưa đến chiều. Nhiều công trường xây dựng phải tạm dừng thi công vào buổi trưa.',
      'Tại các điểm du lịch nổi tiếng, chính quyền rút ngắn giờ mở cửa, phát nước miễn phí và bố trí thêm nhân viên y tế. Một số khu rừng ở khu vực Địa Trung Hải đã xảy ra cháy, hàng trăm lính cứu hỏa cùng máy bay chữa cháy được huy động để ngăn lửa lan tới khu dân cư. Hàng nghìn người phải sơ tán tạm thời.',
      'Giáo sư Mats Everhagen, chuyên gia khí hậu tại một trường đại học Bắc Âu, nhận định các đợt nắng nóng ngày càng xuất hiện sớm hơn, kéo dài hơn và khốc liệt hơn. “Những gì từng được coi là bất thường nay đang dần trở thành mùa hè bình thường của châu Âu”, ông nói, đồng thời kêu gọi các thành phố đầu tư nhiều hơn cho cây xanh và hệ thống làm mát công cộng.',
    ],
    quote:
      'Những gì từng được coi là bất thường nay đang dần trở thành mùa hè bình thường của châu Âu.',
    tags: ['Châu Âu', 'Biến đổi khí hậu'],
    author: 'Tăng Kim Ngân',
    bylineLabel: 'Tin',
    hoursAgo: 22,
  },
  {
    section: 'quoc-te',
    title: 'ASEAN thúc đẩy kết nối kinh tế số, hướng tới thị trường chung năng động',
    lead: 'Các nước thành viên thống nhất đẩy nhanh việc công nhận lẫn nhau về chữ ký điện tử, thanh toán xuyên biên giới và bảo vệ dữ liệu cá nhân.',
    paragraphs: [
      'Tại cuộc họp các quan chức kinh tế cấp cao ASEAN vừa kết thúc, đại diện các nước đã rà soát tiến độ đàm phán hiệp định khung về kinh tế số. Các bên nhất trí ưu tiên những lĩnh vực mang lại lợi ích thiết thực cho doanh nghiệp và người dân như thanh toán bằng mã QR giữa các nước, hóa đơn điện tử và logistics thông minh.',
      'Theo các chuyên gia, quy mô nền kinh tế số khu vực có thể tăng gấp đôi trong những năm tới nếu các rào cản về quy định được tháo gỡ. Bà Nurul Aziza, chuyên gia kinh tế tại một viện nghiên cứu ở Kuala Lumpur, cho rằng: “Một khung pháp lý thống nhất sẽ giúp doanh nghiệp nhỏ bán hàng sang nước láng giềng dễ dàng như bán hàng trong nước”.',
      'Việt Nam được đánh giá là một trong những thị trường thương mại điện tử tăng trưởng nhanh nhất khu vực. Tại cuộc họp, đoàn Việt Nam đề xuất tăng cường hợp tác đào tạo nhân lực số và xây dựng cơ chế chia sẻ thông tin về an ninh mạng, nhận được sự ủng hộ của nhiều nước thành viên.',
    ],
    quote:
      'Một khung pháp lý thống nhất sẽ giúp doanh nghiệp nhỏ bán hàng sang nước láng giềng dễ dàng như bán hàng trong nước.',
    tags: ['ASEAN', 'Kinh tế số'],
    author: 'Quan Thế Vinh',
    bylineLabel: 'Bài',
    hoursAgo: 88,
  },
];
